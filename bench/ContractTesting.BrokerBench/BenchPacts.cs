using System.Text;
using System.Text.Json.Nodes;

namespace ContractTesting.BrokerBench;

/// <summary>
/// The pacts of the history: one per consumer, provider and content variant, with a handful of interactions.
/// Consumer versions that publish the same variant share the content (and so its SHA and verifications).
/// </summary>
internal static class BenchPacts
{
    public static JsonObject Pact(string consumer, string provider, string variant) => new()
    {
        ["consumer"] = new JsonObject { ["name"] = consumer },
        ["provider"] = new JsonObject { ["name"] = provider },
        ["interactions"] = new JsonArray([.. Enumerable.Range(0, 6).Select(i => (JsonNode)Interaction(provider, variant, i))]),
        ["metadata"] = new JsonObject { ["pactSpecification"] = new JsonObject { ["version"] = "3.0.0" } },
    };

    /// <summary>A <c>POST /contracts/publish</c> body with one contract, as the CLI sends one per consumer and provider.</summary>
    public static JsonObject PublishRequest(string consumer, string version, string branch, JsonObject pact) => new()
    {
        ["pacticipantName"] = consumer,
        ["pacticipantVersionNumber"] = version,
        ["branch"] = branch,
        ["tags"] = new JsonArray(branch),
        ["contracts"] = new JsonArray(new JsonObject
        {
            ["consumerName"] = consumer,
            ["providerName"] = pact["provider"]!["name"]!.GetValue<string>(),
            ["specification"] = "pact",
            ["contentType"] = "application/json",
            ["content"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(pact.ToJsonString())),
            ["onConflict"] = "overwrite",
        }),
    };

    private static JsonObject Interaction(string provider, string variant, int index) => new()
    {
        ["description"] = $"a request for {provider} resource {index} ({variant})",
        ["providerStates"] = new JsonArray(new JsonObject { ["name"] = $"resource {index} exists", ["params"] = new JsonObject { ["id"] = index } }),
        ["request"] = new JsonObject
        {
            ["method"] = "GET",
            ["path"] = $"/resources/{index}",
            ["headers"] = new JsonObject { ["Accept"] = "application/json" },
        },
        ["response"] = new JsonObject
        {
            ["status"] = 200,
            ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
            ["body"] = new JsonObject { ["id"] = index, ["name"] = $"resource {index}", ["revision"] = variant },
            ["matchingRules"] = new JsonObject
            {
                ["body"] = new JsonObject
                {
                    ["$.id"] = new JsonObject { ["matchers"] = new JsonArray(new JsonObject { ["match"] = "integer" }) },
                    ["$.name"] = new JsonObject { ["matchers"] = new JsonArray(new JsonObject { ["match"] = "type" }) },
                },
            },
        },
    };
}
