using System.Text.RegularExpressions;
using ContractTesting.Matching;
using ContractTesting.Models;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>Steps that build expected and received requests, compare them, and check the outcome.</summary>
internal static class RequestMatchingSteps
{
    [Step("an expected request with an? \"(.*)\" header of \"(.*)\"")]
    public static void ExpectedHeader(World world, string name, string value) =>
        world.ExpectedRequest = world.ExpectedRequest with { Headers = world.ExpectedRequest.Headers.With(name, value) };

    [Step("a request is received with an? \"(.*)\" header of \"(.*)\"")]
    public static void ReceivedHeader(World world, string name, string value) =>
        world.ReceivedRequests.Add(new HttpRequest { Headers = HeaderCollection.Empty.With(name, value) });

    [Step("an expected request configured with the following:")]
    public static void ExpectedRequest(World world, List<List<string>> table)
    {
        var row = Fixtures.Row(table);
        var request = Configure(world, new HttpRequest(), row);
        if (row.TryGetValue("matching rules", out var rules))
        {
            request = request with { MatchingRules = Fixtures.RulesAndGenerators(Fixtures.Fragment(world, rules), null, forResponse: false).Rules };
        }

        world.ExpectedRequest = request;
    }

    [Step("a request is received with the following:")]
    public static void ReceivedRequest(World world, List<List<string>> table) =>
        world.ReceivedRequests.Add(Configure(world, new HttpRequest(), Fixtures.Row(table)));

    [Step("the following requests are received:")]
    public static void ReceivedRequests(World world, List<List<string>> table)
    {
        for (var row = 1; row < table.Count; row++)
        {
            world.ReceivedRequests.Add(Configure(world, new HttpRequest(), Fixtures.Row(table, row)));
        }
    }

    [Step("the requests? (?:is|are) compared to the expected one")]
    public static void Compare(World world) =>
        world.Results.AddRange(world.ReceivedRequests.Select(r => PactMatcher.MatchRequest(world.ExpectedRequest, r)));

    [Step("the comparison should be OK")]
    public static void ShouldBeOk(World world) =>
        Assert.True(world.Results.All(r => r.Matched), string.Join("\n", world.Results.Where(r => !r.Matched)));

    [Step("the comparison should NOT be OK")]
    public static void ShouldNotBeOk(World world) =>
        Assert.False(world.Results.All(r => r.Matched), "Every request matched.");

    [Step("the mismatches will contain a mismatch with error \"(.*)\" -> \"(.*)\"")]
    public static void ShouldContain(World world, string location, string error)
    {
        // As the suite's reference steps do: V4 unescapes quotes and needs the text; V3 also accepts the text as a regex.
        var wanted = error.Replace("\\\"", "\"", StringComparison.Ordinal);
        var asRegex = world.Feature.StartsWith("V3/", StringComparison.Ordinal);
        var mismatches = world.Results.SelectMany(r => r.Mismatches).ToList();
        Assert.True(
            mismatches.Any(m => m.Location == location && (m.Message.Contains(wanted, StringComparison.Ordinal) || (asRegex && Regex.IsMatch(m.Message, error)))),
            $"No mismatch at '{location}' with '{wanted}'. Mismatches:\n{string.Join("\n", mismatches)}");
    }

    private static HttpRequest Configure(World world, HttpRequest request, Dictionary<string, string> row)
    {
        if (row.TryGetValue("body", out var body))
        {
            var (content, type) = Fixtures.BodyFrom(world, body, row.GetValueOrDefault("content type"));
            request = request with { Body = content, Headers = request.Headers.With("content-type", type.ToString()) };
        }

        if (row.TryGetValue("query", out var query))
        {
            request = request with { Query = QueryCollection.Parse(query) };
        }

        if (row.TryGetValue("headers", out var headers) && headers.Length > 0)
        {
            request = request with { Headers = Fixtures.Headers(headers) };
        }

        return request;
    }
}
