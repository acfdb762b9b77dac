using ContractTesting.Sources;

namespace ContractTesting.Verification;

/// <summary>
/// Verifies a provider against the pacts of its consumers: for each interaction it sets up the provider states,
/// replays the request (or asks the message factory), compares the answer with the pact and tears the states down.
/// <code>
/// VerificationResult result = await ProviderVerifier.For("UserService", factory.Server.CreateHandler())
///     .WithState&lt;UserState&gt;("a user with ID 1 exists", (user, ct) =&gt; users.AddAsync(user.Id, ct))
///     .VerifyAsync(PactSource.Folder("pacts"), cancellationToken);
/// Assert.True(result.Passed, result.Summary);
/// </code>
/// </summary>
public sealed partial class ProviderVerifier
{
    private readonly List<IInteractionVerifier> _verifiers = [];
    private readonly HttpTarget? _http;
    private ProviderStates _states;
    private ProviderMessages _messages;
    private StateChangeUrlHandler? _stateUrl;

    private ProviderVerifier(string provider, HttpTarget? http, VerifierOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Provider = provider;
        Options = options;
        _states = new ProviderStates(options.JsonSettings);
        _messages = new ProviderMessages(options.JsonSettings);
        _http = http;
        if (http is not null)
        {
            http.Timeout = options.RequestTimeout;
            _verifiers.Add(new HttpInteractionVerifier(http));
        }
    }

    /// <summary>The provider's name, as the pacts name it.</summary>
    public string Provider { get; }

    /// <summary>The options.</summary>
    public VerifierOptions Options { get; }

    /// <summary>
    /// A verifier that sends requests through <paramref name="client"/>, relative to its <see cref="HttpClient.BaseAddress"/>.
    /// For a <c>WebApplicationFactory</c> host, prefer <see cref="For(string, HttpMessageHandler, Uri?, VerifierOptions?)"/>
    /// with <c>factory.Server.CreateHandler()</c>: a client from <c>CreateClient()</c> follows redirects and keeps cookies.
    /// </summary>
    /// <exception cref="ArgumentException">The client has no base address, or the options are invalid.</exception>
    public static ProviderVerifier For(string provider, HttpClient client, VerifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var baseAddress = client.BaseAddress ?? throw new ArgumentException("The HttpClient has no BaseAddress: set one, or pass the provider's base URL.", nameof(client));
        return new ProviderVerifier(provider, new HttpTarget(client, baseAddress), options ?? new VerifierOptions());
    }

    /// <summary>A verifier that sends requests over HTTP to the provider at <paramref name="baseUrl"/> (e.g. <c>http://127.0.0.1:5001/</c>).</summary>
    /// <exception cref="ArgumentException">The URL is not an absolute http(s) URL, or the options are invalid.</exception>
    public static ProviderVerifier For(string provider, Uri baseUrl, VerifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (!baseUrl.IsAbsoluteUri || baseUrl.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"The provider's base URL must be an absolute http or https URL, not '{baseUrl}'.", nameof(baseUrl));
        }

        var client = ProviderConnections.Client(baseUrl);
        return new ProviderVerifier(provider, new HttpTarget(client, baseUrl), options ?? new VerifierOptions());
    }

    /// <summary>
    /// A verifier that sends requests through a message handler, such as a <c>WebApplicationFactory</c>'s in-memory
    /// <c>factory.Server.CreateHandler()</c>: the provider is verified with no port at all.
    /// </summary>
    /// <param name="provider">The provider's name.</param>
    /// <param name="handler">The handler; it is not disposed.</param>
    /// <param name="baseAddress">The base address requests are relative to. Defaults to <c>http://localhost/</c>.</param>
    /// <param name="options">The options.</param>
    public static ProviderVerifier For(string provider, HttpMessageHandler handler, Uri? baseAddress = null, VerifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var address = baseAddress ?? new Uri("http://localhost/");
        return new ProviderVerifier(provider, new HttpTarget(new HttpClient(handler, disposeHandler: false) { BaseAddress = address }, address), options ?? new VerifierOptions());
    }

    /// <summary>Verifies the pacts of one source.</summary>
    /// <exception cref="PactSourceException">The source could not be read.</exception>
    public Task<VerificationResult> VerifyAsync(IPactSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return VerifyAsync([source], cancellationToken);
    }

    /// <summary>
    /// Verifies one interaction of a pact, for test frameworks that make each interaction a test of its own (see the
    /// ContractTesting.Xunit package). <see cref="VerifierOptions.Filter"/> does not apply (the interaction was chosen),
    /// the progress lines are written but no summary, and results are never published (one interaction is not a
    /// verification of the pact).
    /// </summary>
    /// <param name="pact">The pact, as a source loaded it.</param>
    /// <param name="index">The interaction's position in <see cref="Models.Pact.Interactions"/>.</param>
    /// <param name="cancellationToken">Cancels the verification.</param>
    /// <returns>A result with this one pact and this one interaction; the pact's other interactions count as filtered out.</returns>
    /// <exception cref="ArgumentException">The pact is not for this provider.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The pact has no interaction at <paramref name="index"/>.</exception>
    public Task<VerificationResult> VerifyInteractionAsync(LoadedPact pact, int index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pact);
        return CreateRun().RunOneAsync(pact, index, cancellationToken);
    }

    /// <summary>
    /// Verifies the pacts of every source, then (with <see cref="VerifierOptions.Publish"/>) publishes the results of
    /// the pacts that came from a broker, and writes a summary.
    /// </summary>
    /// <exception cref="PactSourceException">A source could not be read.</exception>
    public Task<VerificationResult> VerifyAsync(IEnumerable<IPactSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return CreateRun().RunAsync([.. sources], cancellationToken);
    }

    private VerificationRun CreateRun()
    {
        IInteractionVerifier[] verifiers = [.. _verifiers, new MessageInteractionVerifier(_messages, Options.RequestTimeout)];
        return new(Provider, Options, new InteractionRun(_states, _stateUrl, verifiers, Options));
    }
}
