using System.Net;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using ContractTesting.Mocking;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Mocking;

public sealed partial class MockServerTests
{
    [Fact]
    public async Task StartAsync_Https_ClientFromServerTrustsItsSelfSignedCertificate()
    {
        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), new MockServerOptions { UseHttps = true }, Cancel);
        using var client = server.CreateHttpClient();

        using var response = await client.GetAsync(new Uri("users/1", UriKind.Relative), Cancel);

        Assert.Equal("https", server.BaseUri.Scheme);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CN=ContractTesting mock server", server.Certificate?.Subject);
        Assert.True(server.Certificate!.HasPrivateKey);
        Assert.Contains(server.Certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().SelectMany(e => e.EnumerateIPAddresses()), IPAddress.Loopback.Equals);
    }

    [Fact]
    public async Task StartAsync_Https_PlainClientRejectsTheCertificate()
    {
        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), new MockServerOptions { UseHttps = true }, Cancel);
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(server.BaseUri, "users/1"), Cancel));

        Assert.IsType<AuthenticationException>(error.InnerException);
        Assert.Empty(server.ReceivedRequests);
    }

    [Fact]
    public async Task VerifyAsync_Https_ConsumerContextClientReachesServer()
    {
        var options = new ContractOptions { MockServer = new MockServerOptions { UseHttps = true } };
        Uri? used = null;

        var pact = await ConsumerRun.WriteAsync(
            contract => contract.UponReceiving("a secure request").WithRequest(HttpMethod.Get, "/secure").WillRespond().WithStatus(204),
            async client =>
            {
                used = client.BaseAddress;
                using var response = await client.GetAsync(new Uri("secure", UriKind.Relative), Cancel);
                Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            },
            options);

        Assert.Equal("https", used?.Scheme);
        Assert.Equal(["a secure request"], pact.Descriptions);
    }
}
