using System.Globalization;
using ContractTesting.Mocking;
using ContractTesting.Models;
using ContractTesting.PactFiles;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// Steps that play the table's interactions on a real mock server, send it real HTTP requests, and write the pact
/// when the test is done (only when the mock server saw no problem, as the consumer DSL does).
/// </summary>
internal static class MockServerSteps
{
    private const string Provider = "p";

    [Step("the following HTTP interactions have been defined:")]
    public static void Define(World world, List<List<string>> table) => world.Interactions.AddRange(InteractionTable.Parse(world, table));

    [Step("the mock server is started with interaction (\\d+)")]
    public static Task StartWithOne(World world, int number) => StartAsync(world, [world.Interactions[number - 1]]);

    [Step("the mock server is started with interactions \"(.*)\"")]
    public static Task StartWithSeveral(World world, string numbers) =>
        StartAsync(world, [.. numbers.Split(',').Select(n => world.Interactions[int.Parse(n.Trim(), CultureInfo.InvariantCulture) - 1])]);

    [Step("the mock server is started with interaction (\\d+) but with the following changes:")]
    public static Task StartWithChanged(World world, int number, List<List<string>> table)
    {
        var interaction = world.Interactions[number - 1];
        return StartAsync(world, [interaction with { Request = InteractionTable.Change(world, interaction.Request, table) }]);
    }

    [Step("request (\\d+) is made to the mock server")]
    public static Task Send(World world, int number) => SendAsync(world, world.Interactions[number - 1].Request);

    [Step("request (\\d+) is made to the mock server with the following changes:")]
    public static Task SendChanged(World world, int number, List<List<string>> table) =>
        SendAsync(world, InteractionTable.Change(world, world.Interactions[number - 1].Request, table));

    [Step("a (\\d+) (?:success|error) response is returned")]
    public static void Status(World world, int status)
    {
        var response = Response(world);

        Assert.True(status == response.Status, $"Expected a {status} response but got {response.Status}: {response.Body.AsText()}");
    }

    [Step("the payload will contain the \"(.*)\" JSON document")]
    public static void Payload(World world, string name) =>
        Assert.Equal(File.ReadAllBytes(Path.Combine(world.Fixtures, name + ".json")), Response(world).Body.Content.ToArray());

    [Step("the content type will be set as \"(.*)\"")]
    public static void ContentType(World world, string contentType) => Assert.Equal(contentType, Response(world).Headers.GetJoined("Content-Type"));

    [Step("the pact test is done")]
    public static async Task Done(World world)
    {
        var server = Server(world);
        await world.StopMockServerAsync();
        if (server.Problems.Count == 0)
        {
            await PactFile.MergeAsync(world.MockPact!, PactPath(world), PactFileMode.Merge, TestContext.Current.CancellationToken);
        }
    }

    [Step("the mock server status will be OK")]
    public static void Ok(World world) => Assert.True(Server(world).Problems.Count == 0, Describe(Server(world).Problems));

    [Step("the mock server status will NOT be OK")]
    public static void NotOk(World world) => Assert.NotEmpty(Server(world).Problems);

    [Step("the mock server status will be mismatches")]
    public static void Mismatches(World world) =>
        Assert.True(Server(world).Problems.Any(p => p.Kind == MockServerProblemKind.RequestMismatch), Describe(Server(world).Problems));

    [Step("the mock server will write out a Pact file for the interactions? when done")]
    public static void Written(World world)
    {
        var path = PactPath(world);
        Assert.True(File.Exists(path), $"No pact file was written to {path}.");

        world.WrittenPact = PactFile.Read(path);

        Assert.Equal(world.Specification, world.WrittenPact.Specification);
    }

    [Step("the mock server will NOT write out a Pact file for the interactions? when done")]
    public static void NotWritten(World world) => Assert.False(File.Exists(PactPath(world)), $"A pact file was written to {PactPath(world)}.");

    [Step("the mock server status will be an expected but not received error for interaction \\{(\\d+)\\}")]
    public static void ExpectedButNotReceived(World world, int number)
    {
        var interaction = world.Interactions[number - 1];

        Assert.True(
            Server(world).Problems.Any(p => p.Kind == MockServerProblemKind.ExpectedButNotReceived && p.Interaction == interaction),
            $"No expected-but-not-received problem for interaction {number}. {Describe(Server(world).Problems)}");
    }

    [Step("the mock server status will be an unexpected \"(.*)\" request received error for interaction \\{(\\d+)\\}")]
    public static void UnexpectedForInteraction(World world, string method, int number)
    {
        var expected = world.Interactions[number - 1].Request;

        Assert.True(
            Server(world).Problems.Any(p => p.Kind == MockServerProblemKind.UnexpectedRequest && p.Request!.Method == method &&
                p.Request.Path == expected.Path && SameQuery(p.Request.Query, expected.Query)),
            $"No unexpected {method} request like interaction {number}. {Describe(Server(world).Problems)}");
    }

    [Step("the mock server status will be an unexpected \"(.*)\" request received error for path \"(.*)\"")]
    public static void UnexpectedForPath(World world, string method, string path) =>
        Assert.True(
            Server(world).Problems.Any(p => p.Kind == MockServerProblemKind.UnexpectedRequest && p.Request!.Method == method && p.Request.Path == path),
            $"No unexpected {method} request for {path}. {Describe(Server(world).Problems)}");

    [Step("the mismatches will contain a \"(.*)\" mismatch with error \"(.*)\"")]
    public static void MismatchWithError(World world, string kind, string error)
    {
        var part = Fixtures.Part(kind);
        var mismatches = Server(world).Problems.SelectMany(p => p.Mismatches).ToList();

        Assert.True(mismatches.Any(m => m.Part == part && m.Message.Contains(error, StringComparison.Ordinal)),
            $"No {kind} mismatch with '{error}'. Mismatches:\n{string.Join("\n", mismatches)}");
    }

    [Step("the mismatches will contain a \"(.*)\" mismatch with path \"(.*)\" with error \"(.*)\"")]
    public static void MismatchAtWithError(World world, string kind, string location, string error)
    {
        var part = Fixtures.Part(kind);
        var mismatches = Server(world).Problems.SelectMany(p => p.Mismatches).ToList();

        Assert.True(mismatches.Any(m => m.Part == part && m.Location == location && m.Message.Contains(error, StringComparison.Ordinal)),
            $"No {kind} mismatch at '{location}' with '{error}'. Mismatches:\n{string.Join("\n", mismatches)}");
    }

    private static async Task StartAsync(World world, List<HttpInteraction> interactions)
    {
        world.MockPact = new Pact { Consumer = new(Consumer(world)), Provider = new(Provider), Interactions = interactions, Specification = world.Specification };
        world.MockServer = await MockServer.StartAsync(world.MockPact, cancellationToken: TestContext.Current.CancellationToken);
    }

    // A header with several values goes out as several header lines, which HttpClient cannot send.
    private static async Task SendAsync(World world, HttpRequest request)
    {
        var server = Server(world);
        var cancellation = TestContext.Current.CancellationToken;
        world.MockResponse = request.Headers.Any(h => h.Value.Count > 1)
            ? await RawHttp.SendAsync(server.BaseUri, request, cancellation)
            : await SendWithHttpClientAsync(server, request, cancellation);
    }

    private static async Task<HttpResponse> SendWithHttpClientAsync(MockServer server, HttpRequest request, CancellationToken cancellationToken)
    {
        using var client = server.CreateHttpClient();
        var query = request.Query.ToQueryString();
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.Path + (query.Length > 0 ? "?" + query : string.Empty), UriKind.Relative));
        if (request.Body.IsPresent)
        {
            message.Content = new ByteArrayContent(request.Body.Content.ToArray());
            message.Content.Headers.ContentType = null;
        }

        foreach (var (name, values) in request.Headers)
        {
            if (!message.Headers.TryAddWithoutValidation(name, values))
            {
                message.Content?.Headers.TryAddWithoutValidation(name, values);
            }
        }

        using var response = await client.SendAsync(message, cancellationToken);
        var headers = response.Headers.Concat(response.Content.Headers).Select(h => new KeyValuePair<string, IReadOnlyList<string>>(h.Key, [.. h.Value]));
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new HttpResponse
        {
            Status = (int)response.StatusCode,
            Headers = new HeaderCollection(headers),
            Body = bytes.Length == 0 ? Body.Missing : Body.FromBytes(bytes),
        };
    }

    private static string Consumer(World world) => $"{world.Feature.Split('/')[0].ToLowerInvariant()}-compatibility-suite-c";

    private static string PactPath(World world) => Path.Combine(world.PactDirectory, $"{Consumer(world)}-{Provider}.json");

    private static MockServer Server(World world) => world.MockServer ?? throw new InvalidOperationException("The mock server was not started.");

    private static HttpResponse Response(World world) => world.MockResponse ?? throw new InvalidOperationException("No request was made to the mock server.");

    /// <summary>Whether two queries have the same parameters with the same values in order (parameter order aside).</summary>
    internal static bool SameQuery(QueryCollection a, QueryCollection b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var values) && p.Value.SequenceEqual(values));

    private static string Describe(IReadOnlyList<MockServerProblem> problems) =>
        problems.Count == 0 ? "The mock server saw no problem." : "Problems:\n" + string.Join("\n", problems);
}
