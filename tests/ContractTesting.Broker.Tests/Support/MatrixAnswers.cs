using System.Net;
using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>Asks the broker's matrix and reads its answers.</summary>
public static class MatrixAnswers
{
    /// <summary>GET <c>/matrix?{query}</c>, expecting 200.</summary>
    public static async Task<JsonNode> AskAsync(TestBroker broker, string query)
    {
        var (response, body) = await broker.GetAsync($"/matrix?{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /matrix?{query} answered {(int)response.StatusCode}: {body?.ToJsonString()}");
        return body!;
    }

    public static bool? Deployable(JsonNode answer) => answer["summary"]!["deployable"]?.GetValue<bool>();

    public static string Reason(JsonNode answer) => answer["summary"]!["reason"]!.GetValue<string>();

    public static IReadOnlyList<string> Rows(JsonNode answer) =>
    [
        .. answer["matrix"]!.AsArray().Select(row =>
            $"{row!["consumer"]!["name"]} {row["consumer"]!["version"]!["number"]} -> {row["provider"]!["name"]} " +
            $"{row["provider"]!["version"]?["number"]?.GetValue<string>() ?? "-"}: " +
            $"{row["verificationResult"]?["success"]?.ToString() ?? "none"}{(row["ignored"] is null ? "" : " (ignored)")}"),
    ];
}
