using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using ContractTesting.HttpMessages;
using ContractTesting.Models;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ContractTesting.Mocking;

/// <summary>
/// A mock provider for consumer tests: it answers each request that matches one of the pact's HTTP interactions with
/// that interaction's response, answers anything else with HTTP 500 and a JSON description, and records every problem.
/// It listens with Kestrel on 127.0.0.1 (a free port by default) or, port-less, through the handler it hands out.
/// </summary>
public sealed class MockServer : IAsyncDisposable
{
    private readonly RequestDispatcher _dispatcher;
    private readonly KestrelServer? _server;

    private MockServer(RequestDispatcher dispatcher, KestrelServer? server, Uri baseUri, X509Certificate2? certificate)
    {
        _dispatcher = dispatcher;
        _server = server;
        BaseUri = baseUri;
        Certificate = certificate;
    }

    /// <summary>The mock server's base URL, e.g. <c>http://127.0.0.1:53012/</c> (<c>http://localhost/</c> without Kestrel).</summary>
    public Uri BaseUri { get; }

    /// <summary>The self-signed certificate served over HTTPS, or <see langword="null"/> for HTTP.</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>The problems so far: requests that matched nothing, and interactions that have not arrived yet.</summary>
    public IReadOnlyList<MockServerProblem> Problems => _dispatcher.Problems;

    /// <summary>The requests received, in order.</summary>
    public IReadOnlyList<HttpRequest> ReceivedRequests => _dispatcher.Requests;

    /// <summary>Starts a mock server for the HTTP interactions of a pact.</summary>
    /// <param name="pact">The pact whose HTTP interactions the server plays.</param>
    /// <param name="options">How to listen; defaults to Kestrel on 127.0.0.1 with a free port, plain HTTP.</param>
    /// <param name="cancellationToken">Cancels starting.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="IOException">The port could not be bound.</exception>
    public static async Task<MockServer> StartAsync(Pact pact, MockServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pact);
        options ??= new MockServerOptions();
        options.Validate();
        if (!options.UseKestrel)
        {
            var local = new Uri("http://localhost/");
            return new MockServer(new RequestDispatcher(pact, options, () => local), null, local, null);
        }

        var certificate = options.UseHttps ? SelfSignedCertificate.Create(TimeProvider.System) : null;
        Uri? baseUri = null;
        var dispatcher = new RequestDispatcher(pact, options, () => baseUri!);
        var server = KestrelHost.Create(options, certificate);
        try
        {
            await server.StartAsync(new DispatcherApplication(dispatcher), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            server.Dispose();
            certificate?.Dispose();
            throw;
        }

        var address = server.Features.Get<IServerAddressesFeature>()!.Addresses.First();
        baseUri = new Uri(address.EndsWith('/') ? address : address + "/");
        return new MockServer(dispatcher, server, baseUri, certificate);
    }

    /// <summary>
    /// A handler for an <see cref="HttpClient"/> that reaches this server: in memory when there is no Kestrel, otherwise
    /// over the network, trusting the server's own certificate.
    /// </summary>
    public HttpMessageHandler CreateHandler()
    {
        if (_server is null)
        {
            return new InMemoryHandler(_dispatcher);
        }

        var handler = new SocketsHttpHandler { UseProxy = false, UseCookies = false };
        if (Certificate is { } certificate)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, errors) =>
                errors == SslPolicyErrors.None || (presented is not null && presented.GetCertHashString() == certificate.GetCertHashString());
        }

        return handler;
    }

    /// <summary>An <see cref="HttpClient"/> whose base address is this server (see <see cref="CreateHandler"/>).</summary>
    public HttpClient CreateHttpClient() => new(CreateHandler()) { BaseAddress = BaseUri };

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync(CancellationToken.None).ConfigureAwait(false);
            _server.Dispose();
        }

        Certificate?.Dispose();
    }

    private sealed class InMemoryHandler(RequestDispatcher dispatcher) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var actual = await HttpConversion.FromMessageAsync(request, cancellationToken).ConfigureAwait(false);
            return HttpConversion.ToMessage(dispatcher.Dispatch(actual), request);
        }
    }
}
