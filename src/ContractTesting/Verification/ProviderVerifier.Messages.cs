namespace ContractTesting.Verification;

/// <summary>Message interactions: the factories that produce what the pacts' messages describe.</summary>
public sealed partial class ProviderVerifier
{
    /// <summary>
    /// A verifier for a provider of messages only (no HTTP target): each message interaction is verified against what
    /// its factory (<see cref="WithMessage(string, Func{MessageContext, object?})"/>) produces.
    /// </summary>
    /// <exception cref="ArgumentException">The provider name is empty or the options are invalid.</exception>
    public static ProviderVerifier ForMessages(string provider, VerifierOptions? options = null) => new(provider, null, options ?? new VerifierOptions());

    /// <summary>
    /// The factory for the message interaction with this description (matched exactly, case included). It runs when the
    /// interaction is replayed, after its provider states are set up, and gets their values; for a synchronous message
    /// it gets the request and returns the response (or a list of responses). It returns a <see cref="ProviderMessage"/>,
    /// a <see cref="Models.MessageContents"/>, or any other object as JSON contents. A message interaction without a
    /// factory fails, naming its description.
    /// </summary>
    /// <exception cref="ArgumentException">The description already has a factory.</exception>
    public ProviderVerifier WithMessage(string description, Func<MessageContext, object?> factory)
    {
        _messages.Add(description, factory);
        return this;
    }

    /// <summary>An asynchronous factory for the message interaction with this description (see <see cref="WithMessage(string, Func{MessageContext, object?})"/>).</summary>
    /// <exception cref="ArgumentException">The description already has a factory.</exception>
    public ProviderVerifier WithMessage(string description, Func<MessageContext, CancellationToken, Task<object?>> factory)
    {
        _messages.Add(description, factory);
        return this;
    }

    /// <summary>
    /// Uses a registry of message factories shared with other code, typically the message endpoint a provider's test host
    /// exposes for the reference verifier. Replaces the factories registered on this verifier so far.
    /// </summary>
    public ProviderVerifier WithMessages(ProviderMessages messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        _messages = messages;
        return this;
    }
}
