using ContractTesting.Consumer;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Verification;

/// <summary>
/// The provider-state handlers of a provider's tests, by state name. One registry can serve the verifier in process
/// (<see cref="ProviderVerifier.WithStates"/>) and the state-change endpoint that the reference <c>pact verifier</c>
/// calls (<c>MapProviderStates</c>), so both drive the same code:
/// <code>
/// var states = new ProviderStates()
///     .Add&lt;UserState&gt;("a user with ID 1 exists", async (user, ct) =&gt; await db.AddUserAsync(user.Id, ct));
/// </code>
/// Parameters are read from the state's JSON parameters (property names case-insensitive); what a setup returns
/// feeds the interaction's <c>ProviderState</c> generators.
/// </summary>
public sealed class ProviderStates : IProviderStateHandler
{
    private readonly Dictionary<string, IProviderStateHandler> _handlers = new(StringComparer.Ordinal);
    private readonly JsonSerializer _serializer;
    private IProviderStateHandler? _fallback;

    /// <summary>Creates an empty registry.</summary>
    /// <param name="jsonSettings">How parameters and returned values are converted. Defaults to camelCase names.</param>
    public ProviderStates(JsonSerializerSettings? jsonSettings = null)
    {
        _serializer = JsonSerializer.Create(jsonSettings ?? BodyJson.DefaultSettings());
    }

    /// <summary>The names of the states with a handler of their own.</summary>
    public IReadOnlyCollection<string> Names => _handlers.Keys;

    /// <summary>Whether a call for the state would reach a handler (its own, or the fallback).</summary>
    public bool Handles(string state) => _handlers.ContainsKey(state) || _fallback is not null;

    /// <summary>Whether a handler other than the fallback takes the state.</summary>
    internal bool HandlesDirectly(string state) => _handlers.ContainsKey(state);

    /// <summary>Whether a fallback takes the states without a handler of their own.</summary>
    internal bool HasFallback => _fallback is not null;

    /// <summary>Registers a handler for a state.</summary>
    /// <exception cref="ArgumentException">The state already has a handler.</exception>
    public ProviderStates Add(string state, IProviderStateHandler handler)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(handler);
        if (!_handlers.TryAdd(state, handler))
        {
            throw new ArgumentException($"Provider state '{state}' already has a handler.", nameof(state));
        }

        return this;
    }

    /// <summary>Registers a synchronous setup (and teardown) for a state whose parameters it does not need.</summary>
    public ProviderStates Add(string state, Action setUp, Action? tearDown = null)
    {
        ArgumentNullException.ThrowIfNull(setUp);
        return Add<JObject>(state, (_, _) =>
        {
            setUp();
            return Task.CompletedTask;
        }, tearDown is null ? null : (_, _) =>
        {
            tearDown();
            return Task.CompletedTask;
        });
    }

    /// <summary>Registers an asynchronous setup (and teardown) for a state whose parameters it does not need.</summary>
    public ProviderStates Add(string state, Func<CancellationToken, Task> setUp, Func<CancellationToken, Task>? tearDown = null)
    {
        ArgumentNullException.ThrowIfNull(setUp);
        return Add<JObject>(state, (_, ct) => setUp(ct), tearDown is null ? null : (_, ct) => tearDown(ct));
    }

    /// <summary>Registers a setup (and teardown) that receives the state's parameters as <typeparamref name="TParameters"/>.</summary>
    public ProviderStates Add<TParameters>(string state, Func<TParameters, CancellationToken, Task> setUp, Func<TParameters, CancellationToken, Task>? tearDown = null)
    {
        ArgumentNullException.ThrowIfNull(setUp);
        return Add<TParameters>(state, async (parameters, ct) =>
        {
            await setUp(parameters, ct).ConfigureAwait(false);
            return null;
        }, tearDown);
    }

    /// <summary>
    /// Registers a setup (and teardown) that receives the state's parameters as <typeparamref name="TParameters"/> and
    /// returns values for <c>ProviderState</c> generators: an object or dictionary (its properties are the values), or null.
    /// </summary>
    public ProviderStates Add<TParameters>(string state, Func<TParameters, CancellationToken, Task<object?>> setUp, Func<TParameters, CancellationToken, Task>? tearDown = null)
    {
        ArgumentNullException.ThrowIfNull(setUp);
        return Add(state, new DelegateStateHandler<TParameters>(setUp, tearDown, _serializer));
    }

    /// <summary>
    /// Sends every state without a handler of its own to <paramref name="handler"/> (for example a state-change URL).
    /// </summary>
    /// <exception cref="InvalidOperationException">A fallback is already set.</exception>
    public ProviderStates WithFallback(IProviderStateHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _fallback = _fallback is null ? handler : throw new InvalidOperationException("The provider states already have a fallback handler.");
        return this;
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">No handler takes the state.</exception>
    public Task<IReadOnlyDictionary<string, JToken>?> HandleAsync(ProviderStateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var handler = _handlers.GetValueOrDefault(change.State.Name) ?? _fallback ?? throw new InvalidOperationException(Unhandled(change.State.Name));
        return handler.HandleAsync(change, cancellationToken);
    }

    /// <summary>The message for a state no handler takes, listing the states that have one.</summary>
    internal string Unhandled(string state) => _handlers.Count == 0
        ? $"No provider-state handler is registered for '{state}' (none are registered)."
        : $"No provider-state handler is registered for '{state}'. Registered: {string.Join(", ", _handlers.Keys.Order(StringComparer.Ordinal).Select(k => $"'{k}'"))}.";
}
