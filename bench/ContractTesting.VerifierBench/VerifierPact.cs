using System.Globalization;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.VerifierBench;

/// <summary>
/// The generated V4 pact the verifications replay: N interactions <c>GET /users/{i}</c>, each given the provider state
/// "a user exists" with the user's id and name as parameters, each answering the user as JSON under matchers.
/// </summary>
internal static class VerifierPact
{
    public const string Consumer = "BenchConsumer";

    public const string Provider = "BenchProvider";

    public const string State = "a user exists";

    public static void Write(int count, string file) => PactFile.Write(Create(count), file);

    public static Pact Create(int count) => new()
    {
        Consumer = new(Consumer),
        Provider = new(Provider),
        Interactions = [.. Enumerable.Range(0, count).Select(Interaction)],
    };

    private static HttpInteraction Interaction(int i)
    {
        var id = i.ToString(CultureInfo.InvariantCulture);
        return new HttpInteraction
        {
            Description = "a request for user " + id,
            ProviderStates = [new ProviderState(State, new Dictionary<string, JToken> { ["id"] = i, ["name"] = "User " + id })],
            Request = new HttpRequest
            {
                Method = "GET",
                Path = "/users/" + id,
                Headers = HeaderCollection.From([new("Accept", "application/json")]),
            },
            Response = new HttpResponse
            {
                Status = 200,
                Headers = HeaderCollection.From([new("Content-Type", "application/json")]),
                // Example values that differ from what the provider answers wherever a matcher allows it.
                Body = Body.FromJson(new JObject
                {
                    ["id"] = i,
                    ["name"] = "Ada",
                    ["email"] = "ada@example.com",
                    ["roles"] = new JArray("reader"),
                    ["createdAt"] = "2020-02-29T08:30:00+01:00",
                }),
                MatchingRules = MatchingRules.Empty
                    .With(MatchingRules.Body, DocPath.Parse("$.id"), new RuleList(new IntegerRule()))
                    .With(MatchingRules.Body, DocPath.Parse("$.name"), new RuleList(new TypeRule()))
                    .With(MatchingRules.Body, DocPath.Parse("$.email"), new RuleList(new RegexRule(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")))
                    .With(MatchingRules.Body, DocPath.Parse("$.roles"), new RuleList(new TypeRule(Min: 1)))
                    .With(MatchingRules.Body, DocPath.Parse("$.createdAt"), new RuleList(new DateTimeRule("yyyy-MM-dd'T'HH:mm:ssXXX"))),
            },
        };
    }
}
