using System.Net;
using ContractTesting.Mocking;
using ContractTesting.Models;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Mocking;

public sealed partial class MockServerTests
{
    private const string Origin = "http://app.example";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CorsPreflight_Enabled_IsAnsweredWithoutProblem(bool kestrel)
    {
        await using var server = await MockServer.StartAsync(
            SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), new MockServerOptions { UseKestrel = kestrel, HandleCorsPreflight = true }, Cancel);
        using var client = server.CreateHttpClient();

        using var preflight = await client.SendAsync(Preflight("/users/1"), Cancel);

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal([Origin], preflight.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal(["PUT"], preflight.Headers.GetValues("Access-Control-Allow-Methods"));
        Assert.Equal(["X-Tenant"], preflight.Headers.GetValues("Access-Control-Allow-Headers"));
        Assert.Equal(MockServerProblemKind.ExpectedButNotReceived, Assert.Single(server.Problems).Kind);
    }

    [Fact]
    public async Task CorsPreflight_Enabled_AddsAllowOriginToInteractionResponses()
    {
        await using var server = await MockServer.StartAsync(
            SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), new MockServerOptions { HandleCorsPreflight = true }, Cancel);
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("users/1", UriKind.Relative));
        request.Headers.Add("Origin", Origin);

        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Origin], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Empty(server.Problems);
    }

    [Fact]
    public async Task CorsPreflight_Disabled_IsAnUnexpectedRequest()
    {
        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), cancellationToken: Cancel);
        using var client = server.CreateHttpClient();

        using var preflight = await client.SendAsync(Preflight("/users/1"), Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, preflight.StatusCode);
        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Contains(server.Problems, p => p.Kind == MockServerProblemKind.UnexpectedRequest && p.Request?.Method == "OPTIONS");
    }

    [Fact]
    public async Task CorsPreflight_InteractionExpectsOptions_InteractionAnswers()
    {
        var options = new HttpInteraction
        {
            Description = "an options request",
            Request = new HttpRequest { Method = "OPTIONS", Path = "/users/1" },
            Response = new HttpResponse { Status = 200, Headers = Http.Headers(("Allow", "GET, PUT")) },
        };
        await using var server = await MockServer.StartAsync(SamplePacts.Of(options), new MockServerOptions { HandleCorsPreflight = true }, Cancel);
        using var client = server.CreateHttpClient();

        using var response = await client.SendAsync(Preflight("/users/1"), Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(server.Problems);
    }

    private static HttpRequestMessage Preflight(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri(path.TrimStart('/'), UriKind.Relative));
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "X-Tenant");
        return request;
    }
}
