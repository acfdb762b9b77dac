using System.Net;
using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Matching;
using ContractTesting.Mocking;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Mocking;

public sealed partial class MockServerTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dispatch_ResponseWithMockServerUrlGenerators_PointsAtThisServer(bool kestrel)
    {
        var response = SamplePacts.Json(201, """{"self":"http://provider:8080/orders/7"}""") with
        {
            Headers = Http.Headers(("Content-Type", "application/json"), ("Location", "http://provider:8080/orders/7")),
            Generators = Generators.Empty
                .With(MatchingRules.Body, DocPath.Parse("$.self"), new MockServerUrlGenerator("http://provider:8080/orders/7", ".*(/orders/\\d+)$"))
                .With(MatchingRules.Header, DocPath.Root.JoinField("Location"), new MockServerUrlGenerator("http://provider:8080/orders/7", ".*(/orders/\\d+)$")),
        };
        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("an order", "/orders/7", response)), new MockServerOptions { UseKestrel = kestrel }, Cancel);
        using var client = server.CreateHttpClient();

        using var answer = await client.GetAsync(new Uri("orders/7", UriKind.Relative), Cancel);

        var expected = new Uri(server.BaseUri, "orders/7");
        Assert.Equal(expected, answer.Headers.Location);
        Assert.Equal(expected.AbsoluteUri, PactJson.Parse(await answer.Content.ReadAsStringAsync(Cancel))["self"]?.ToString());
        Assert.Empty(server.Problems);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dispatch_ResponseHeaderWithSeveralValues_ClientSeesEachValue(bool kestrel)
    {
        var response = new HttpResponse { Headers = new HeaderCollection([new("X-Trace", ["a", "b"])]) };
        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a traced request", "/trace", response)), new MockServerOptions { UseKestrel = kestrel }, Cancel);
        using var client = server.CreateHttpClient();

        using var answer = await client.GetAsync(new Uri("trace", UriKind.Relative), Cancel);

        Assert.Equal(["a", "b"], answer.Headers.GetValues("X-Trace"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dispatch_RequestHeaderWithSeveralValues_Matches(bool kestrel)
    {
        var interaction = new HttpInteraction
        {
            Description = "a request with two header values",
            Request = new HttpRequest { Path = "/multi", Headers = new HeaderCollection([new("X-Tag", ["red", "blue"])]) },
        };
        await using var server = await MockServer.StartAsync(SamplePacts.Of(interaction), new MockServerOptions { UseKestrel = kestrel }, Cancel);
        using var client = server.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("multi", UriKind.Relative));
        request.Headers.Add("X-Tag", ["red", "blue"]);

        using var answer = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Empty(server.Problems);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dispatch_BinaryResponse_ServesBytesUnchanged(bool kestrel)
    {
        byte[] bytes = [0x00, 0xFF, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x00, 0x80];
        var response = new HttpResponse { Headers = Http.Headers(("Content-Type", "application/octet-stream")), Body = Body.FromBytes(bytes, ContentType.OctetStream) };
        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a download", "/file", response)), new MockServerOptions { UseKestrel = kestrel }, Cancel);
        using var client = server.CreateHttpClient();

        using var answer = await client.GetAsync(new Uri("file", UriKind.Relative), Cancel);

        Assert.Equal(bytes, await answer.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal("application/octet-stream", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes.Length, answer.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dispatch_QueryWithRepeatedKeysAndEncodedCharacters_MatchesAndIsRecordedDecoded(bool kestrel)
    {
        var query = new QueryCollection([new("tag", ["a b", "c&d", "e=f"]), new("q", ["über+1"])]);
        var interaction = new HttpInteraction { Description = "a search", Request = new HttpRequest { Path = "/search", Query = query } };
        await using var server = await MockServer.StartAsync(SamplePacts.Of(interaction), new MockServerOptions { UseKestrel = kestrel }, Cancel);
        using var client = server.CreateHttpClient();

        using var answer = await client.GetAsync(new Uri("search?tag=a+b&tag=c%26d&tag=e%3Df&q=%C3%BCber%2B1", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Empty(server.Problems);
        var received = Assert.Single(server.ReceivedRequests).Query;
        Assert.Equal(["a b", "c&d", "e=f"], received["tag"]);
        Assert.Equal(["über+1"], received["q"]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dispatch_QueryValuesInOtherOrder_IsAMismatch(bool kestrel)
    {
        var interaction = new HttpInteraction { Description = "a search", Request = new HttpRequest { Path = "/search", Query = QueryCollection.Parse("tag=a&tag=b") } };
        await using var server = await MockServer.StartAsync(SamplePacts.Of(interaction), new MockServerOptions { UseKestrel = kestrel }, Cancel);
        using var client = server.CreateHttpClient();

        using var answer = await client.GetAsync(new Uri("search?tag=b&tag=a", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.InternalServerError, answer.StatusCode);
        Assert.Contains(server.Problems, p => p.Kind == MockServerProblemKind.RequestMismatch && p.Mismatches.Any(m => m.Part == MismatchPart.Query));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Dispatch_PathWithEncodedCharacters_MatchesDecodedPath(bool kestrel)
    {
        await using var server = await MockServer.StartAsync(SamplePacts.Of(SamplePacts.Get("a file", "/files/my report ü.txt")), new MockServerOptions { UseKestrel = kestrel }, Cancel);
        using var client = server.CreateHttpClient();

        using var answer = await client.GetAsync(new Uri("files/my%20report%20%C3%BC.txt", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("/files/my report ü.txt", Assert.Single(server.ReceivedRequests).Path);
    }
}
