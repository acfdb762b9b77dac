using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>Asks the broker for the pacts a provider should verify, as the verifier does, and reads the answer.</summary>
public static partial class ForVerification
{
    /// <summary>POSTs the request and returns the pacts (asserting a 200).</summary>
    public static async Task<JsonArray> PactsAsync(TestBroker broker, string provider, JsonObject request)
    {
        var (response, body) = await broker.SendAsync(HttpMethod.Post, $"/pacts/provider/{provider}/for-verification", request.ToJsonString());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"for-verification answered {response.StatusCode}: {body}");
        return body!["_embedded"]!["pacts"]!.AsArray();
    }

    /// <summary>A request with the selectors (each a JSON object literal) and the other properties given.</summary>
    public static JsonObject Request(string? providerVersionBranch = null, string[]? tags = null, bool pending = true, string? wipSince = null, params string[] selectors)
    {
        var request = new JsonObject
        {
            ["consumerVersionSelectors"] = new JsonArray([.. selectors.Select(s => JsonNode.Parse(s))]),
            ["includePendingStatus"] = pending,
        };
        if (providerVersionBranch is not null)
        {
            request["providerVersionBranch"] = providerVersionBranch;
        }

        if (tags is not null)
        {
            request["providerVersionTags"] = new JsonArray([.. tags.Select(t => (JsonNode)t)]);
        }

        if (wipSince is not null)
        {
            request["includeWipPactsSince"] = wipSince;
        }

        return request;
    }

    /// <summary>"Orders 1.0.0" for the entry of the pact between Orders (1.0.0) and a provider.</summary>
    public static string Version(JsonNode entry)
    {
        var match = PactName().Match(entry["_links"]!["self"]!["name"]!.GetValue<string>());
        Assert.True(match.Success, entry.ToJsonString());
        return $"{match.Groups[1].Value} {match.Groups[2].Value}";
    }

    /// <summary>The consumer versions of the entries, in order.</summary>
    public static List<string> Listed(JsonArray pacts) => [.. pacts.Select(p => Version(p!))];

    public static string ShortDescription(JsonNode entry) => entry["shortDescription"]!.GetValue<string>();

    public static bool? Pending(JsonNode entry) => entry["verificationProperties"]!["pending"]?.GetValue<bool>();

    public static bool Wip(JsonNode entry) => entry["verificationProperties"]!["wip"]?.GetValue<bool>() ?? false;

    /// <summary>The notice texts with the given <c>when</c>.</summary>
    public static List<string> Notices(JsonNode entry, string when) =>
        [.. entry["verificationProperties"]!["notices"]!.AsArray().Where(n => n!["when"]!.GetValue<string>() == when).Select(n => n!["text"]!.GetValue<string>())];

    /// <summary>Sets a pacticipant's main branch.</summary>
    public static Task SetMainBranchAsync(TestBroker broker, string pacticipant, string branch) =>
        broker.SendAsync(HttpMethod.Patch, $"/pacticipants/{pacticipant}", new JsonObject { ["mainBranch"] = branch }.ToJsonString(), "application/merge-patch+json");

    [GeneratedRegex(@"^Pact between (.+) \((.+)\) and (.+)$")]
    private static partial Regex PactName();
}
