using Newtonsoft.Json.Linq;

namespace ContractTesting.Verification;

/// <summary>Sets up or tears down a provider state before or after an interaction is replayed.</summary>
public interface IProviderStateHandler
{
    /// <summary>Sets up or tears down the state.</summary>
    /// <param name="change">The state, its parameters and the action.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// On setup, values for the interaction's <c>ProviderState</c> generators (for example the ID of a row the handler
    /// created), merged over the state's parameters; <see langword="null"/> for none. Ignored on teardown.
    /// </returns>
    /// <exception cref="Exception">Any exception fails the interaction with the exception's message.</exception>
    Task<IReadOnlyDictionary<string, JToken>?> HandleAsync(ProviderStateChange change, CancellationToken cancellationToken);
}
