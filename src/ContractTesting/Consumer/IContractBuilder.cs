namespace ContractTesting.Consumer;

/// <summary>
/// Defines the interactions a consumer test expects and runs the test against a mock provider. Dispose it at the end
/// of the test: interactions defined but never verified are reported then.
/// </summary>
public interface IContractBuilder : IDisposable
{
    /// <summary>Starts a new interaction: what the consumer does, e.g. "a request for user 1".</summary>
    IInteractionBuilder UponReceiving(string description);

    /// <summary>
    /// Starts a mock provider for the interactions defined since the last verification, runs the test, checks that every
    /// interaction arrived, nothing unexpected did and every request matched. The interactions of a passing test are then
    /// checked against the pact file and the other tests of the run, and written to the file when the test process exits
    /// (or at <see cref="Contract.WritePactFilesAsync"/>), so a suite writes each pact file once, not once per test.
    /// </summary>
    /// <param name="test">The consumer code under test, given the mock server to call.</param>
    /// <param name="cancellationToken">Cancels starting the server and reading the existing pact file.</param>
    /// <exception cref="ContractVerificationException">The mock server saw a problem; nothing is written.</exception>
    /// <exception cref="InvalidOperationException">
    /// No interaction was defined; one is incomplete; or an interaction with the same description and provider states is
    /// already in the pact file or another test with different content.
    /// </exception>
    /// <exception cref="PactFiles.PactFormatException">The existing pact file (merged into) is not a valid pact.</exception>
    Task VerifyAsync(Func<IConsumerContext, Task> test, CancellationToken cancellationToken = default);
}
