using ContractTesting.Consumer;
using ContractTesting.Models;
using Newtonsoft.Json;

namespace ContractTesting.Verification;

/// <summary>
/// The message factories of a provider's tests, by interaction description (matched exactly, case included). A factory
/// runs when its interaction is replayed, after the interaction's provider states are set up, never when it is
/// registered, so it sees what the states created. One registry can serve the verifier in process
/// (<see cref="ProviderVerifier.WithMessages"/>) and the message endpoint the reference <c>pact verifier</c> calls
/// (<see cref="ProviderMessageEndpoints"/>):
/// <code>
/// var messages = new ProviderMessages()
///     .Add("a UserCreated event", async (context, ct) =&gt; ProviderMessage.FromBytes(await outbox.LatestAsync(ct), "application/json"));
/// </code>
/// A factory returns a <see cref="ProviderMessage"/>, a <see cref="MessageContents"/>, or any other object (JSON
/// contents); for a synchronous message with several responses, a list of <see cref="ProviderMessage"/> or
/// <see cref="MessageContents"/>.
/// </summary>
public sealed class ProviderMessages
{
    private readonly Dictionary<string, Func<MessageContext, CancellationToken, Task<object?>>> _factories = new(StringComparer.Ordinal);

    /// <summary>Creates an empty registry.</summary>
    /// <param name="jsonSettings">How content objects, metadata values and provider-state values are converted. Defaults to camelCase names.</param>
    public ProviderMessages(JsonSerializerSettings? jsonSettings = null)
    {
        Serializer = JsonSerializer.Create(jsonSettings ?? BodyJson.DefaultSettings());
    }

    /// <summary>The descriptions that have a factory.</summary>
    public IReadOnlyCollection<string> Descriptions => _factories.Keys;

    internal JsonSerializer Serializer { get; }

    /// <summary>Registers a synchronous factory for the message with this description.</summary>
    /// <exception cref="ArgumentException">The description already has a factory.</exception>
    public ProviderMessages Add(string description, Func<MessageContext, object?> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Add(description, (context, _) => Task.FromResult(factory(context)));
    }

    /// <summary>Registers an asynchronous factory for the message with this description.</summary>
    /// <exception cref="ArgumentException">The description already has a factory.</exception>
    public ProviderMessages Add(string description, Func<MessageContext, CancellationToken, Task<object?>> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentNullException.ThrowIfNull(factory);
        if (!_factories.TryAdd(description, factory))
        {
            throw new ArgumentException($"The message '{description}' already has a factory.", nameof(description));
        }

        return this;
    }

    /// <summary>Whether a factory produces the message with this description.</summary>
    public bool Produces(string description) => _factories.ContainsKey(description);

    /// <summary>Runs the factory for the context's interaction and returns the messages it produced, in order.</summary>
    /// <exception cref="InvalidOperationException">No factory is registered, it failed, or it returned nothing usable; the message names the interaction.</exception>
    internal async Task<IReadOnlyList<MessageContents>> ProduceAsync(MessageContext context, CancellationToken cancellationToken)
    {
        if (!_factories.TryGetValue(context.Description, out var factory))
        {
            throw new InvalidOperationException(Unregistered(context.Description));
        }

        object? produced;
        try
        {
            produced = await factory(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"The message factory for '{context.Description}' failed: {e.GetType().Name}: {e.Message}", e);
        }

        return produced switch
        {
            null => throw new InvalidOperationException(
                $"The message factory for '{context.Description}' returned null; return the message (a ProviderMessage, a MessageContents or the content object)."),
            Task => throw new InvalidOperationException(
                $"The message factory for '{context.Description}' returned a Task; register an asynchronous factory, (context, cancellationToken) => ..., instead."),
            MessageContents message => [message],
            ProviderMessage message => [message.ToContents(Serializer)],
            IEnumerable<MessageContents> messages => [.. messages],
            IEnumerable<ProviderMessage> messages => [.. messages.Select(m => m.ToContents(Serializer))],
            _ => [ProviderMessage.Json(produced).ToContents(Serializer)],
        };
    }

    /// <summary>The error for a message without a factory, listing those that have one.</summary>
    internal string Unregistered(string description) => _factories.Count == 0
        ? $"No message factory is registered for '{description}' (none are registered): add one with WithMessage(\"{description}\", ...)."
        : $"No message factory is registered for '{description}' (descriptions must match exactly). Registered: {string.Join(", ", _factories.Keys.Order(StringComparer.Ordinal).Select(k => $"'{k}'"))}.";
}
