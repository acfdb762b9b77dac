using System.Globalization;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.ConsumerBench;

/// <summary>The pact the throughput runs serve: N interactions GET /users/{i}, each answering a user with typed fields.</summary>
internal static class BenchPact
{
    public static int Write(int count, string file)
    {
        PactFile.Write(Create(count), file);
        Report.Line(new { file, interactions = count });
        return 0;
    }

    public static Pact Create(int count) => new()
    {
        Consumer = new("BenchConsumer"),
        Provider = new("BenchProvider"),
        Interactions = [.. Enumerable.Range(0, count).Select(Interaction)],
    };

    private static HttpInteraction Interaction(int i) => new()
    {
        Description = $"a request for user {i}",
        ProviderStates = [new ProviderState("user exists", new Dictionary<string, JToken> { ["id"] = i })],
        Request = new HttpRequest
        {
            Method = "GET",
            Path = "/users/" + i.ToString(CultureInfo.InvariantCulture),
            Headers = HeaderCollection.From([new("Accept", "application/json")]),
        },
        Response = new HttpResponse
        {
            Status = 200,
            Headers = HeaderCollection.From([new("Content-Type", "application/json")]),
            Body = Body.FromJson(new JObject { ["id"] = i, ["name"] = "Ada", ["email"] = "ada@example.com" }),
            MatchingRules = MatchingRules.Empty
                .With(MatchingRules.Body, DocPath.Parse("$.id"), new RuleList(new IntegerRule()))
                .With(MatchingRules.Body, DocPath.Parse("$.name"), new RuleList(new TypeRule())),
        },
    };
}
