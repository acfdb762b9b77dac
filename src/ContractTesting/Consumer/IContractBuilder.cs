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
    /// Starts a new message interaction: the message the consumer handles, e.g. "a UserCreated event". Metadata and
    /// contents make it an asynchronous message; <c>WithRequest</c> a V4 synchronous message. Each message ends with
    /// its handler (<c>Verify</c> or <c>VerifyAsync</c>), which runs at once; <see cref="VerifyAsync"/> is for HTTP
    /// interactions only. In a V4 pact messages sit beside the HTTP interactions; a V3 pact holds one kind or the other.
    /// <code>
    /// await pact.ExpectsToReceive("a UserCreated event")
    ///     .Given("a user is created")
    ///     .WithMetadata("type", "UserCreated")
    ///     .WithJsonContent(new { userId = Match.WholeNumber(1), name = Match.Type("Ada") })
    ///     .VerifyAsync&lt;UserCreated&gt;(e =&gt; handler.HandleAsync(e, ct), ct);
    /// </code>
    /// </summary>
    IMessageInteractionBuilder ExpectsToReceive(string description);

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
