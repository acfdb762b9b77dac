using ContractTesting.Consumer;

namespace ContractTesting;

/// <summary>The entry point for consumer tests.</summary>
public static class Contract
{
    /// <summary>
    /// Starts describing the contract between a consumer and a provider:
    /// <code>
    /// using var pact = Contract.Between("OrderService", "UserService");
    /// pact.UponReceiving("a request for user 1")
    ///     .Given("a user with ID 1 exists", new { id = 1 })
    ///     .WithRequest(HttpMethod.Get, "/api/users/1")
    ///     .WillRespond()
    ///     .WithStatus(HttpStatusCode.OK)
    ///     .WithJsonBody(new { id = Match.WholeNumber(1), name = Match.Type("Ada") });
    /// await pact.VerifyAsync(async context => { /* call the mock server */ });
    /// </code>
    /// </summary>
    /// <param name="consumer">The consumer's name, e.g. "OrderService".</param>
    /// <param name="provider">The provider's name, e.g. "UserService".</param>
    /// <param name="options">Options; defaults to specification V4, pacts/ at the repository root, Kestrel on 127.0.0.1.</param>
    /// <exception cref="ArgumentException">A name is empty or the options are invalid.</exception>
    public static IContractBuilder Between(string consumer, string provider, ContractOptions? options = null) =>
        new ContractBuilder(consumer, provider, options ?? new ContractOptions());

    /// <summary>
    /// Writes now every pact file that has verified interactions not written yet. Test processes write them when they
    /// exit; call this when something in the same process needs the files before then (a test that reads them, or a
    /// step that publishes them).
    /// </summary>
    /// <param name="cancellationToken">Cancels waiting for a pact file's lock.</param>
    /// <exception cref="InvalidOperationException">A pact file holds an interaction another test process wrote with other content.</exception>
    /// <exception cref="PactFiles.PactFormatException">An existing pact file is not a valid pact (it is left untouched).</exception>
    /// <exception cref="TimeoutException">A pact file's lock could not be taken within 60 seconds.</exception>
    public static Task WritePactFilesAsync(CancellationToken cancellationToken = default) => PendingPacts.WriteAllAsync(cancellationToken);
}
