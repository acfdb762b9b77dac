namespace ContractTesting.Verification;

/// <summary>Provider states and what is done to each request.</summary>
public sealed partial class ProviderVerifier
{
    /// <summary>A synchronous setup (and teardown) for a state whose parameters it does not need.</summary>
    /// <exception cref="ArgumentException">The state already has a handler.</exception>
    public ProviderVerifier WithState(string state, Action setUp, Action? tearDown = null) => Add(s => s.Add(state, setUp, tearDown));

    /// <summary>An asynchronous setup (and teardown) for a state whose parameters it does not need.</summary>
    /// <exception cref="ArgumentException">The state already has a handler.</exception>
    public ProviderVerifier WithState(string state, Func<CancellationToken, Task> setUp, Func<CancellationToken, Task>? tearDown = null) =>
        Add(s => s.Add(state, setUp, tearDown));

    /// <summary>A setup (and teardown) that receives the state's parameters as <typeparamref name="TParameters"/>.</summary>
    /// <exception cref="ArgumentException">The state already has a handler.</exception>
    public ProviderVerifier WithState<TParameters>(string state, Func<TParameters, CancellationToken, Task> setUp, Func<TParameters, CancellationToken, Task>? tearDown = null) =>
        Add(s => s.Add(state, setUp, tearDown));

    /// <summary>
    /// A setup (and teardown) that receives the state's parameters as <typeparamref name="TParameters"/> and returns
    /// values for the interaction's <c>ProviderState</c> generators (an object or dictionary, or null).
    /// </summary>
    /// <exception cref="ArgumentException">The state already has a handler.</exception>
    public ProviderVerifier WithState<TParameters>(string state, Func<TParameters, CancellationToken, Task<object?>> setUp, Func<TParameters, CancellationToken, Task>? tearDown = null) =>
        Add(s => s.Add(state, setUp, tearDown));

    /// <summary>A handler of your own for a state.</summary>
    /// <exception cref="ArgumentException">The state already has a handler.</exception>
    public ProviderVerifier WithState(string state, IProviderStateHandler handler) => Add(s => s.Add(state, handler));

    /// <summary>
    /// Uses a registry of provider states shared with other code, typically the state-change endpoint the provider's
    /// test host exposes for the reference verifier. Replaces the states registered on this verifier so far.
    /// </summary>
    public ProviderVerifier WithStates(ProviderStates states)
    {
        ArgumentNullException.ThrowIfNull(states);
        if (_stateUrl is not null)
        {
            states.WithFallback(_stateUrl);
        }

        _states = states;
        return this;
    }

    /// <summary>
    /// Sends the provider states that have no handler here to the provider's state-change URL, with the standard
    /// protocol (<c>POST {"state", "params", "action"}</c>); a JSON object it answers with feeds <c>ProviderState</c>
    /// generators. A relative URL is sent through the verifier's own client (so it reaches an in-memory host too).
    /// </summary>
    /// <exception cref="InvalidOperationException">A state-change URL is already set.</exception>
    public ProviderVerifier WithStateChangeUrl(Uri url, StateChangeUrlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (_stateUrl is not null)
        {
            throw new InvalidOperationException("The verifier already has a state-change URL.");
        }

        var client = !url.IsAbsoluteUri && _http is not null
            ? _http.Client
            : url.IsAbsoluteUri ? ProviderConnections.Client() : throw new ArgumentException(
                $"The state-change URL '{url}' is relative, but the verifier has no HTTP target to resolve it against.", nameof(url));
        _stateUrl = new StateChangeUrlHandler(client, url, options ?? new StateChangeUrlOptions());
        _states.WithFallback(_stateUrl);
        return this;
    }

    /// <summary>Changes each request before it is sent (an auth token, a signature); filters run in the order they were added.</summary>
    /// <exception cref="InvalidOperationException">The verifier has no HTTP target.</exception>
    public ProviderVerifier WithRequestFilter(Func<HttpRequestMessage, CancellationToken, Task> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        HttpTargetOrThrow().RequestFilters.Add(filter);
        return this;
    }

    /// <summary>Changes each request before it is sent, synchronously.</summary>
    /// <exception cref="InvalidOperationException">The verifier has no HTTP target.</exception>
    public ProviderVerifier WithRequestFilter(Action<HttpRequestMessage> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return WithRequestFilter((request, _) =>
        {
            filter(request);
            return Task.CompletedTask;
        });
    }

    /// <summary>Sets a header on every request, replacing the pact's value for it.</summary>
    /// <exception cref="InvalidOperationException">The verifier has no HTTP target.</exception>
    public ProviderVerifier WithCustomHeader(string name, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(value);
        HttpTargetOrThrow().CustomHeaders.Add(new(name, value));
        return this;
    }

    private ProviderVerifier Add(Action<ProviderStates> add)
    {
        add(_states);
        return this;
    }

    private HttpTarget HttpTargetOrThrow() =>
        _http ?? throw new InvalidOperationException("This verifier has no HTTP target, so it sends no requests to change.");
}
