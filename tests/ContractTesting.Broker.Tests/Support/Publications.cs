using System.Text;
using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>Pacts and publish requests for tests.</summary>
public static class Publications
{
    /// <summary>A valid V3 pact with one HTTP interaction per description.</summary>
    public static JsonObject Pact(string consumer, string provider, params string[] descriptions) => new()
    {
        ["consumer"] = new JsonObject { ["name"] = consumer },
        ["provider"] = new JsonObject { ["name"] = provider },
        ["interactions"] = new JsonArray([.. (descriptions.Length == 0 ? ["a request for user 42"] : descriptions).Select(d => (JsonNode)new JsonObject
        {
            ["description"] = d,
            ["providerStates"] = new JsonArray(new JsonObject { ["name"] = "user 42 exists" }),
            ["request"] = new JsonObject { ["method"] = "GET", ["path"] = "/users/42" },
            ["response"] = new JsonObject
            {
                ["status"] = 200,
                ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
                ["body"] = new JsonObject { ["id"] = 42, ["name"] = "Ada" },
            },
        })]),
        ["metadata"] = new JsonObject { ["pactSpecification"] = new JsonObject { ["version"] = "3.0.0" } },
    };

    public static string Base64(JsonNode pact) => Convert.ToBase64String(Encoding.UTF8.GetBytes(pact.ToJsonString()));

    /// <summary>A <c>POST /contracts/publish</c> body as the CLI sends it.</summary>
    public static JsonObject Request(
        string consumer, string version, JsonObject pact, string? branch = null, string[]? tags = null, string onConflict = "overwrite", string? buildUrl = null)
    {
        var body = new JsonObject
        {
            ["pacticipantName"] = consumer,
            ["pacticipantVersionNumber"] = version,
            ["contracts"] = new JsonArray(new JsonObject
            {
                ["consumerName"] = consumer,
                ["providerName"] = pact["provider"]!["name"]!.GetValue<string>(),
                ["specification"] = "pact",
                ["contentType"] = "application/json",
                ["content"] = Base64(pact),
                ["onConflict"] = onConflict,
            }),
        };
        if (branch is not null)
        {
            body["branch"] = branch;
        }

        if (tags is not null)
        {
            body["tags"] = new JsonArray([.. tags.Select(t => (JsonNode)t)]);
        }

        if (buildUrl is not null)
        {
            body["buildUrl"] = buildUrl;
        }

        return body;
    }

    /// <summary>The texts of the notices in a publish answer.</summary>
    public static IReadOnlyList<string> NoticeTexts(JsonNode? body) =>
        body?["notices"]?.AsArray().Select(n => n!["text"]!.GetValue<string>()).ToList() ?? [];
}
