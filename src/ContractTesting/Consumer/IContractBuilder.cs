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
    /// interaction arrived, nothing unexpected did and every request matched, and then writes the pact file.
    /// </summary>
    /// <param name="test">The consumer code under test, given the mock server to call.</param>
    /// <param name="cancellationToken">Cancels starting the server and writing the pact.</param>
    /// <exception cref="ContractVerificationException">The mock server saw a problem; nothing is written.</exception>
    /// <exception cref="InvalidOperationException">No interaction was defined, or one is incomplete or defined twice differently.</exception>
    Task VerifyAsync(Func<IConsumerContext, Task> test, CancellationToken cancellationToken = default);
}
