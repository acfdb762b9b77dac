namespace ContractTesting.Verification;

/// <summary>
/// One pool of connections for every verifier that reaches a provider (or its state-change URL) over the network:
/// no proxy, no cookies and no redirects followed, since a redirect is an answer the pact may expect. Clients over it
/// own nothing, so they need no disposal.
/// </summary>
internal static class ProviderConnections
{
    private static readonly Lazy<SocketsHttpHandler> Handler = new(() => new SocketsHttpHandler
    {
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
    });

    /// <summary>A client over the shared pool, with requests relative to <paramref name="baseAddress"/> when given.</summary>
    public static HttpClient Client(Uri? baseAddress = null) => new(Handler.Value, disposeHandler: false) { BaseAddress = baseAddress };
}
