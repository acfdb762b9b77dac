using ContractTesting.Matching;
using ContractTesting.Models;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>Steps that build expected and received responses, compare them, and check the outcome.</summary>
internal static class ResponseMatchingSteps
{
    [Step("an expected response configured with the following:")]
    public static void ExpectedResponse(World world, List<List<string>> table)
    {
        var row = Fixtures.Row(table);
        var response = new HttpResponse();
        if (row.TryGetValue("status", out var status))
        {
            response = response with { Status = int.Parse(status, System.Globalization.CultureInfo.InvariantCulture) };
        }

        if (row.TryGetValue("body", out var body))
        {
            var (content, type) = Fixtures.BodyFrom(world, body, row.GetValueOrDefault("content type"));
            response = response with { Body = content, Headers = response.Headers.With("content-type", type.ToString()) };
        }

        if (row.TryGetValue("matching rules", out var rules))
        {
            response = response with { MatchingRules = Fixtures.RulesAndGenerators(Fixtures.Fragment(world, rules), null, forResponse: true).Rules };
        }

        world.ExpectedResponse = response;
    }

    [Step("a status (\\d+) response is received")]
    public static void Received(World world, int status) => world.ReceivedResponses.Add(new HttpResponse { Status = status });

    [Step("the response is compared to the expected one")]
    public static void Compare(World world) =>
        world.Results.Add(PactMatcher.MatchResponse(world.ExpectedResponse, world.ReceivedResponses[0]));

    [Step("the response comparison should be OK")]
    public static void ShouldBeOk(World world) => Assert.True(world.Results.All(r => r.Matched), string.Join("\n", world.Results));

    [Step("the response comparison should NOT be OK")]
    public static void ShouldNotBeOk(World world) => Assert.False(world.Results.All(r => r.Matched), "The response matched.");

    [Step("the response mismatches will contain a \"(.*)\" mismatch with error \"(.*)\"")]
    public static void ShouldContain(World world, string kind, string error)
    {
        var part = Fixtures.Part(kind);
        var mismatches = world.Results.SelectMany(r => r.Mismatches).ToList();
        Assert.True(mismatches.Any(m => m.Part == part && m.Message == error),
            $"No {kind} mismatch with '{error}'. Mismatches:\n{string.Join("\n", mismatches)}");
    }
}
