using System.Net;
using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>Publishes pacts and verification results through the API, as the CLI and the verifier do.</summary>
public static class VerificationSetup
{
    /// <summary>Publishes the pact for the consumer version and returns its content SHA.</summary>
    public static async Task<string> PublishAsync(
        TestBroker broker, string consumer, string version, JsonObject pact, string? branch = null, string[]? tags = null)
    {
        var (response, _) = await broker.PublishAsync(Publications.Request(consumer, version, pact, branch, tags));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var provider = pact["provider"]!["name"]!.GetValue<string>();
        var (_, document) = await broker.GetAsync($"/pacts/provider/{provider}/consumer/{consumer}/version/{version}");
        return document!["_links"]!["pb:pact-version"]!["name"]!.GetValue<string>();
    }

    /// <summary>A verification result body as the reference verifier sends it.</summary>
    public static JsonObject Result(string providerVersion, bool success) => new()
    {
        ["providerApplicationVersion"] = providerVersion,
        ["success"] = success,
        ["testResults"] = new JsonArray(new JsonObject { ["interactionId"] = "abc", ["success"] = success }),
        ["verifiedBy"] = new JsonObject { ["implementation"] = "Pact-Rust", ["version"] = "1.4.7" },
    };

    /// <summary>Posts a result to a <c>pb:publish-verification-results</c> href and returns the answer.</summary>
    public static Task<(HttpResponseMessage Response, JsonNode? Body)> PostAsync(TestBroker broker, string href, JsonObject result) =>
        broker.SendAsync(HttpMethod.Post, new Uri(href, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(href).PathAndQuery : href, result.ToJsonString());

    /// <summary>Publishes a result for the pact content from the provider version (the provider version gets the branch first, when given).</summary>
    public static async Task<JsonNode> VerifyAsync(
        TestBroker broker, string provider, string consumer, string sha, string providerVersion, bool success, string? branch = null, string[]? tags = null)
    {
        if (branch is not null)
        {
            await broker.SendAsync(HttpMethod.Put, $"/pacticipants/{provider}/branches/{Uri.EscapeDataString(branch)}/versions/{providerVersion}", "{}");
        }

        foreach (var tag in tags ?? [])
        {
            await broker.SendAsync(HttpMethod.Put, $"/pacticipants/{provider}/versions/{providerVersion}/tags/{tag}", "{}");
        }

        var (response, body) = await PostAsync(
            broker, $"/pacts/provider/{provider}/consumer/{consumer}/pact-version/{sha}/verification-results", Result(providerVersion, success));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return body!;
    }
}
