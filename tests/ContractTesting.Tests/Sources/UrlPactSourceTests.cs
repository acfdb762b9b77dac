using System.Net;
using ContractTesting.BrokerClient;
using ContractTesting.Sources;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Sources;

public sealed class UrlPactSourceTests : IAsyncLifetime
{
    private StubBroker _server = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _server = await StubBroker.StartAsync();

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task LoadAsync_BasicAuthentication_FetchesThePactWithCredentials()
    {
        _server.On("GET", "/pacts/1", 200, BrokerDocuments.Pact(_server, "/pacts/1"));

        var pacts = await PactSource.Url(new Uri(_server.Href("/pacts/1")), BrokerAuthentication.Basic("ci", "secret")).LoadAsync("UserService", Cancellation);

        var request = _server.Received("GET", "/pacts/1");
        Assert.Equal("Basic " + Convert.ToBase64String("ci:secret"u8.ToArray()), request.Header("Authorization"));
        Assert.Equal("application/hal+json, application/json", request.Header("Accept"));
        var pact = Assert.Single(pacts);
        Assert.Equal("OrderService", pact.Pact.Consumer.Name);
        Assert.Equal(_server.Href("/pacts/1"), pact.Origin);
    }

    [Fact]
    public async Task LoadAsync_BearerToken_SendsIt()
    {
        _server.On("GET", "/pacts/1", 200, BrokerDocuments.Pact(_server, "/pacts/1"));

        await PactSource.Url(new Uri(_server.Href("/pacts/1")), BrokerAuthentication.Bearer("t0k3n")).LoadAsync("UserService", Cancellation);

        Assert.Equal("Bearer t0k3n", _server.Received("GET", "/pacts/1").Header("Authorization"));
    }

    [Fact]
    public async Task VerifyAsync_DocumentWithPublishLink_PublishesTheResults()
    {
        _server.On("GET", "/pacts/1", 200, BrokerDocuments.Pact(_server, "/pacts/1"))
            .On("POST", "/pacts/1/verification-results", 201, new JObject());
        var options = new VerifierOptions { Output = new CollectingOutput(), Filter = InteractionFilter.None, Publish = new PublishOptions { ProviderVersion = "1.0.0" } };

        var result = await ProviderVerifier.For("UserService", new StubProvider { Respond = (_, _) => StubProvider.Json(HttpStatusCode.OK, """{"id": 1, "name": "Ada"}""") }, options: options)
            .VerifyAsync(PactSource.Url(new Uri(_server.Href("/pacts/1"))), Cancellation);

        Assert.True(result.Passed, result.Summary);
        Assert.True((bool)_server.Received("POST", "/pacts/1/verification-results").Json["success"]!);
    }

    [Fact]
    public async Task LoadAsync_DocumentWithoutPublishLink_HasNoPublisher()
    {
        _server.On("GET", "/pacts/1", 200, BrokerDocuments.Pact(_server, "/pacts/1", publishable: false), "application/json");

        var pacts = await PactSource.Url(new Uri(_server.Href("/pacts/1"))).LoadAsync("UserService", Cancellation);

        Assert.Null(Assert.Single(pacts).ResultsPublisher);
    }

    [Fact]
    public async Task LoadAsync_NotAPact_ThrowsNamingTheUrlAndThePath()
    {
        _server.On("GET", "/pacts/1", 200, JObject.Parse("""{"consumer": {"name": "OrderService"}, "interactions": []}"""), "application/json");

        var error = await Assert.ThrowsAsync<PactSourceException>(() => PactSource.Url(new Uri(_server.Href("/pacts/1"))).LoadAsync("UserService", Cancellation));

        Assert.StartsWith($"Invalid pact file '{_server.Href("/pacts/1")}' at $", error.Message, StringComparison.Ordinal);
        Assert.Contains("provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_Unauthorized_ThrowsWithTheStatusAndUrl()
    {
        _server.On("GET", "/pacts/1", 401, JObject.Parse("""{"errors": ["Invalid credentials"]}"""), "application/json");

        var error = await Assert.ThrowsAsync<PactSourceException>(() => PactSource.Url(new Uri(_server.Href("/pacts/1"))).LoadAsync("UserService", Cancellation));

        Assert.Equal($"The pact at {_server.Href("/pacts/1")} could not be fetched: GET {_server.Href("/pacts/1")} failed: the broker answered 401 Unauthorized: Invalid credentials", error.Message);
    }

    [Fact]
    public void Url_RelativeUrl_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => PactSource.Url(new Uri("pacts/1", UriKind.Relative)));

        Assert.Contains("absolute http or https URL, not 'pacts/1'", error.Message, StringComparison.Ordinal);
    }
}
