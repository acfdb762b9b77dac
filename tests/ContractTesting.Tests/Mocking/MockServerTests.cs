using System.Net;
using System.Net.Sockets;
using System.Text;
using ContractTesting.Json;
using ContractTesting.Mocking;
using ContractTesting.Models;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Mocking;

public sealed partial class MockServerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_DefaultOptions_ListensOnLoopbackWithFreePort()
    {
        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), cancellationToken: Cancel);
        using var client = new HttpClient { BaseAddress = server.BaseUri };

        using var response = await client.GetAsync(new Uri("users/1", UriKind.Relative), Cancel);

        Assert.Equal("http", server.BaseUri.Scheme);
        Assert.Equal("127.0.0.1", server.BaseUri.Host);
        Assert.NotEqual(0, server.BaseUri.Port);
        Assert.EndsWith("/", server.BaseUri.AbsoluteUri, StringComparison.Ordinal);
        Assert.Null(server.Certificate);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"description":"a user"}""", await response.Content.ReadAsStringAsync(Cancel));
        Assert.Empty(server.Problems);
    }

    [Fact]
    public async Task StartAsync_GivenPort_ListensOnThatPort()
    {
        var port = FreePort();

        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), new MockServerOptions { Port = port }, Cancel);
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/users/1"), Cancel);

        Assert.Equal(port, server.BaseUri.Port);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task StartAsync_PortInUse_ThrowsIOException()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        await Assert.ThrowsAnyAsync<IOException>(() => MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), new MockServerOptions { Port = port }, Cancel));
    }

    [Fact]
    public async Task StartAsync_InMemory_IsReachedThroughItsHandlerWithoutSocket()
    {
        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), new MockServerOptions { UseKestrel = false }, Cancel);
        using var client = new HttpClient(server.CreateHandler()) { BaseAddress = server.BaseUri };

        using var response = await client.GetAsync(new Uri("users/1", UriKind.Relative), Cancel);

        Assert.Equal(new Uri("http://localhost/"), server.BaseUri);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"description":"a user"}""", await response.Content.ReadAsStringAsync(Cancel));
        Assert.Empty(server.Problems);
    }

    [Fact]
    public async Task DisposeAsync_Kestrel_StopsListening()
    {
        var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), cancellationToken: Cancel);
        var address = new Uri(server.BaseUri, "users/1");

        await server.DisposeAsync();

        using var client = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(address, Cancel));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReceivedRequests_SeveralRequests_AreRecordedInOrderWithTheirParts(bool kestrel)
    {
        var create = new HttpInteraction
        {
            Description = "an order is created",
            Request = new HttpRequest { Method = "POST", Path = "/orders", Body = BodyOf.Json("""{"item":"pen"}"""), Headers = Http.Headers(("Content-Type", "application/json")) },
            Response = new HttpResponse { Status = 201 },
        };
        var get = SamplePacts.Get("a user", "/users/1");
        get = get with { Request = get.Request with { Query = QueryCollection.Parse("expand=orders") } };
        await using var server = await MockServer.StartAsync(SamplePacts.Of(create, get), new MockServerOptions { UseKestrel = kestrel }, Cancel);
        using var client = server.CreateHttpClient();

        using var first = await client.GetAsync(new Uri("users/1?expand=orders", UriKind.Relative), Cancel);
        using var content = new StringContent("""{"item":"pen"}""", Encoding.UTF8, "application/json");
        using var second = await client.PostAsync(new Uri("orders", UriKind.Relative), content, Cancel);

        var requests = server.ReceivedRequests;
        Assert.Equal(["GET /users/1", "POST /orders"], requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal(["orders"], requests[0].Query["expand"]);
        Assert.False(requests[0].Body.IsPresent);
        Assert.Equal("""{"item":"pen"}""", requests[1].Body.AsText());
        Assert.StartsWith("application/json", requests[1].Headers.GetJoined("Content-Type"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Empty(server.Problems);
    }

    [Fact]
    public async Task Problems_BeforeAnyRequest_ListEveryInteractionAsNotReceived()
    {
        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a", "/a"), SamplePacts.Get("b", "/b")), new MockServerOptions { UseKestrel = false }, Cancel);

        var problems = server.Problems;

        Assert.Equal(["a", "b"], problems.Select(p => p.Interaction?.Description));
        Assert.All(problems, p => Assert.Equal(MockServerProblemKind.ExpectedButNotReceived, p.Kind));
        Assert.All(problems, p => Assert.Null(p.Request));
        Assert.Equal("Expected but not received: 'a' (GET /a)", problems[0].ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Problems_UnknownPath_RecordsUnexpectedRequestAndAnswers500(bool kestrel)
    {
        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), new MockServerOptions { UseKestrel = kestrel }, Cancel);
        using var client = server.CreateHttpClient();

        using var response = await client.GetAsync(new Uri("nowhere", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("UnexpectedRequest", string.Join(",", response.Headers.GetValues("X-Pact-Mismatch")));
        var json = PactJson.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("Unexpected request GET /nowhere: no interaction expects it", json["error"]?.ToString());
        Assert.Empty(json["mismatches"]!);
        var unexpected = server.Problems.Single(p => p.Kind == MockServerProblemKind.UnexpectedRequest);
        Assert.Null(unexpected.Interaction);
        Assert.Equal("/nowhere", unexpected.Request?.Path);
        Assert.Equal("Unexpected request: GET /nowhere (no interaction expects this method and path)", unexpected.ToString());
    }

    [Fact]
    public async Task Problems_SamePathButMismatchedRequest_RecordsMismatchAgainstClosestInteraction()
    {
        var json = new HttpInteraction
        {
            Description = "a user as JSON",
            Request = new HttpRequest { Path = "/users/1", Headers = Http.Headers(("Accept", "application/json")), Query = QueryCollection.Parse("fields=name") },
        };
        var xml = new HttpInteraction
        {
            Description = "a user as XML",
            Request = new HttpRequest { Path = "/users/1", Headers = Http.Headers(("Accept", "application/xml")) },
        };
        await using var server = await MockServer.StartAsync(SamplePacts.Of(json, xml), new MockServerOptions { UseKestrel = false }, Cancel);
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("users/1", UriKind.Relative));
        request.Headers.Add("Accept", "text/csv");

        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("RequestMismatch", string.Join(",", response.Headers.GetValues("X-Pact-Mismatch")));
        var mismatch = server.Problems.Single(p => p.Kind == MockServerProblemKind.RequestMismatch);
        Assert.Equal("a user as XML", mismatch.Interaction?.Description);
        Assert.Equal("Accept", Assert.Single(mismatch.Mismatches).Location);
        Assert.StartsWith("Request GET /users/1 did not match the interaction 'a user as XML':\n    - ", mismatch.ToString(), StringComparison.Ordinal);
        Assert.Contains("expected: application/xml", mismatch.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_SameInteractionRequestedTwice_AnswersBothAndRecordsNoProblem()
    {
        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), new MockServerOptions { UseKestrel = false }, Cancel);
        using var client = server.CreateHttpClient();

        using var first = await client.GetAsync(new Uri("users/1", UriKind.Relative), Cancel);
        using var second = await client.GetAsync(new Uri("users/1", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Empty(server.Problems);
    }

    [Fact]
    public async Task DisposeAsync_CalledTwice_DoesNotThrow()
    {
        var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a user", "/users/1")), new MockServerOptions { UseHttps = true }, Cancel);
        await server.DisposeAsync();

        var error = await Record.ExceptionAsync(() => server.DisposeAsync().AsTask());

        Assert.Null(error);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("not an address")]
    public async Task StartAsync_HostNotAnIpAddress_ThrowsArgumentException(string host)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => MockServer.StartAsync(SamplePacts.Of(), new MockServerOptions { Host = host }, Cancel));

        Assert.Contains(host, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispatch_ConcurrentRequests_EachGetsItsOwnInteraction()
    {
        var interactions = Enumerable.Range(0, 16).Select(n => SamplePacts.Get($"item {n}", $"/items/{n}")).ToArray();
        await using var server = await MockServer.StartAsync(SamplePacts.Of(interactions), cancellationToken: Cancel);
        using var client = server.CreateHttpClient();

        var bodies = await Task.WhenAll(Enumerable.Range(0, 16).Select(n => client.GetStringAsync(new Uri($"items/{n}", UriKind.Relative), Cancel)));

        Assert.Equal(Enumerable.Range(0, 16).Select(n => $$"""{"description":"item {{n}}"}"""), bodies);
        Assert.Empty(server.Problems);
        Assert.Equal(16, server.ReceivedRequests.Count);
    }

    [Fact]
    public async Task StartAsync_InvalidOptions_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => MockServer.StartAsync(SamplePacts.Of(), new MockServerOptions { Host = " " }, Cancel));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
