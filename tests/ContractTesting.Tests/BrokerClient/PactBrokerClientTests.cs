using ContractTesting.BrokerClient;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.BrokerClient;

public sealed partial class PactBrokerClientTests : IAsyncLifetime
{
    private StubBroker _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await StubBroker.StartAsync();

    public async ValueTask DisposeAsync() => await _broker.DisposeAsync();

    [Fact]
    public async Task GetIndexAsync_Get_SendsTheHeadersOfTheOfficialClients()
    {
        _broker.On("GET", "/", 200, BrokerDocuments.Index(_broker));

        var index = await Client().GetIndexAsync(Cancellation);

        var request = _broker.Received("GET", "/");
        Assert.Equal("application/hal+json, application/json", request.Header("Accept"));
        Assert.StartsWith("ContractTesting/", request.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Null(request.Header("Authorization"));
        Assert.Equal(new HalLink(_broker.Href("/pacts/provider/{provider}/for-verification"), Templated: true), index.Link(PactBrokerClient.PactsForVerificationRelation));
    }

    [Fact]
    public async Task GetIndexAsync_BaseUrlWithContextPath_GetsTheIndexBelowIt()
    {
        _broker.On("GET", "/broker/", 200, new JObject());
        var client = new PactBrokerClient(new PactBrokerOptions { BaseUrl = new Uri(_broker.Href("/broker")) });

        var index = await client.GetIndexAsync(Cancellation);

        Assert.Equal(new Uri(_broker.Href("/broker/")), index.Location);
    }

    [Fact]
    public async Task SendAsync_Post_SendsJsonWithHalAccept()
    {
        _broker.On("POST", "/things", 201, JObject.Parse("""{"created": true}"""));

        var answer = await Client().SendAsync(HttpMethod.Post, new Uri("/things", UriKind.Relative), JObject.Parse("""{"name": "a/b c"}"""), Cancellation);

        var request = _broker.Received("POST", "/things");
        Assert.Equal("application/hal+json", request.Header("Accept"));
        Assert.Equal("application/json", request.Header("Content-Type"));
        Assert.Equal("""{"name":"a/b c"}""", request.Body);
        Assert.True((bool)answer.Json["created"]!);
    }

    [Fact]
    public async Task SendAsync_Patch_SendsMergePatchContentType()
    {
        _broker.On("PATCH", "/pacticipants/p", 200, new JObject());

        await Client().SendAsync(HttpMethod.Patch, new Uri("/pacticipants/p", UriKind.Relative), JObject.Parse("""{"mainBranch": "main"}"""), Cancellation);

        Assert.Equal("application/merge-patch+json", _broker.Received("PATCH", "/pacticipants/p").Header("Content-Type"));
    }

    [Fact]
    public async Task SendAsync_BearerToken_SendsAuthorizationHeader()
    {
        _broker.On("GET", "/", 200, new JObject());

        await Client(BrokerAuthentication.Bearer("t0k3n")).GetIndexAsync(Cancellation);

        Assert.Equal("Bearer t0k3n", _broker.Received("GET", "/").Header("Authorization"));
    }

    [Fact]
    public async Task SendAsync_BasicCredentials_SendsAuthorizationHeader()
    {
        _broker.On("GET", "/", 200, new JObject());

        await Client(BrokerAuthentication.Basic("ci", "secret")).GetIndexAsync(Cancellation);

        Assert.Equal("Basic " + Convert.ToBase64String("ci:secret"u8.ToArray()), _broker.Received("GET", "/").Header("Authorization"));
    }

    [Fact]
    public async Task FollowAsync_LinkToAnotherHost_SendsNoCredentialsThere()
    {
        await using var elsewhere = await StubBroker.StartAsync();
        elsewhere.On("GET", "/somewhere", 200, new JObject());
        _broker.On("GET", "/", 200, new JObject { ["_links"] = new JObject { ["x:away"] = BrokerDocuments.Link(elsewhere.Href("/somewhere")) } });
        var client = Client(BrokerAuthentication.Bearer("t0k3n"));

        await client.FollowAsync(await client.GetIndexAsync(Cancellation), "x:away", cancellationToken: Cancellation);

        Assert.Equal("Bearer t0k3n", _broker.Received("GET", "/").Header("Authorization"));
        Assert.Null(elsewhere.Received("GET", "/somewhere").Header("Authorization"));
    }

    [Fact]
    public async Task FollowAsync_TemplatedLink_ExpandsWithPercentEncoding()
    {
        _broker.On("GET", "/", 200, BrokerDocuments.Index(_broker));
        _broker.On("GET", "/pacticipants/User%20Service%2Fv2", 200, new JObject());
        var client = Client();

        var index = await client.GetIndexAsync(Cancellation);
        await client.FollowAsync(index, "pb:pacticipant", new Dictionary<string, string> { ["pacticipant"] = "User Service/v2" }, Cancellation);

        Assert.Single(_broker.Requests, r => r.Target == "/pacticipants/User%20Service%2Fv2");
    }

    [Fact]
    public async Task SendAsync_ErrorWithFieldErrors_ThrowsWithTheBrokersTextAndTheUrl()
    {
        _broker.On("POST", "/pacts/provider/p/for-verification", 400, JObject.Parse("""
            {"errors": {"consumerVersionSelectors": ["mainBranch cannot be combined with tag"], "providerVersionBranch": ["can't be blank"]}}
            """), "application/json");

        var error = await Assert.ThrowsAsync<PactBrokerException>(() =>
            Client().SendAsync(HttpMethod.Post, new Uri("/pacts/provider/p/for-verification", UriKind.Relative), new JObject(), Cancellation));

        Assert.Equal(
            $"POST {_broker.Href("/pacts/provider/p/for-verification")} failed: the broker answered 400 Bad Request: " +
            "consumerVersionSelectors: mainBranch cannot be combined with tag; providerVersionBranch: can't be blank",
            error.Message);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal(["consumerVersionSelectors: mainBranch cannot be combined with tag", "providerVersionBranch: can't be blank"], error.BrokerErrors);
    }

    [Fact]
    public async Task SendAsync_ErrorWithErrorListAndNotices_CarriesBoth()
    {
        _broker.On("PUT", "/x", 409, JObject.Parse("""
            {"errors": ["Cannot change the content of the pact for version 1"], "notices": [{"type": "error", "text": "Set a different version"}]}
            """), "application/json");

        var error = await Assert.ThrowsAsync<PactBrokerException>(() =>
            Client().SendAsync(HttpMethod.Put, new Uri("/x", UriKind.Relative), new JObject(), Cancellation));

        Assert.EndsWith("409 Conflict: Cannot change the content of the pact for version 1; Set a different version", error.Message, StringComparison.Ordinal);
        Assert.Equal(["Set a different version"], error.Notices);
    }

    [Fact]
    public async Task SendAsync_ServerErrorWithErrorMessage_ThrowsWithIt()
    {
        _broker.On("GET", "/", 500, JObject.Parse("""{"error": {"message": "database is locked", "reference": "abc"}}"""), "application/json");

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => Client().GetIndexAsync(Cancellation));

        Assert.EndsWith("answered 500 Internal Server Error: database is locked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NotFound_IsMarkedAsNotFound()
    {
        var error = await Assert.ThrowsAsync<PactBrokerException>(() => Client().GetAsync(new Uri("/nothing", UriKind.Relative), Cancellation));

        Assert.True(error.IsNotFound);
        Assert.Contains("404 Not Found: no stub route for GET /nothing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SuccessThatIsNotJson_ThrowsNamingTheContentType()
    {
        _broker.On("GET", "/", _ => new StubAnswer(200, "<html>login</html>", "text/html"));

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => Client().GetIndexAsync(Cancellation));

        Assert.Contains("answered 200 with content type 'text/html', not a HAL JSON document: <html>login</html>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NoContent_IsAnEmptyResource()
    {
        _broker.On("PUT", "/x", _ => new StubAnswer(204));

        var answer = await Client().SendAsync(HttpMethod.Put, new Uri("/x", UriKind.Relative), new JObject(), Cancellation);

        Assert.Empty(answer.Json);
    }

    [Fact]
    public async Task SendAsync_BrokerNotListening_ThrowsNamingTheUrl()
    {
        var url = _broker.BaseUrl;
        await _broker.DisposeAsync();

        var error = await Assert.ThrowsAsync<PactBrokerException>(() => Client().GetIndexAsync(Cancellation));

        Assert.StartsWith($"GET {url} failed: the broker could not be reached", error.Message, StringComparison.Ordinal);
        Assert.Null(error.StatusCode);
    }

    private PactBrokerClient Client(BrokerAuthentication? authentication = null) =>
        new(new PactBrokerOptions { BaseUrl = _broker.BaseUrl, Authentication = authentication, TimeProvider = new InstantDelays() });
}
