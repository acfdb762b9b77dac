using System.Net;
using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>Environments, deployments and releases made through the API, for tests that need them in place.</summary>
public static class EnvironmentSetup
{
    /// <summary>Creates an environment and returns its UUID.</summary>
    public static async Task<string> CreateAsync(TestBroker broker, string name, bool production = false)
    {
        var (response, body) = await broker.SendAsync(HttpMethod.Post, "/environments", new JsonObject { ["name"] = name, ["production"] = production }.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return body!["uuid"]!.GetValue<string>();
    }

    /// <summary>Records a deployment (creating the version first) and returns the answer's body.</summary>
    public static async Task<JsonNode> DeployAsync(TestBroker broker, string pacticipant, string version, string environmentUuid, string? instance = null)
    {
        await broker.SendAsync(HttpMethod.Put, $"/pacticipants/{pacticipant}/versions/{version}", "{}");
        var body = instance is null ? "{}" : new JsonObject { ["applicationInstance"] = instance }.ToJsonString();
        var (response, json) = await broker.SendAsync(HttpMethod.Post, $"/pacticipants/{pacticipant}/versions/{version}/deployed-versions/environment/{environmentUuid}", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return json!;
    }

    /// <summary>Records a release (creating the version first) and returns the answer's body.</summary>
    public static async Task<JsonNode> ReleaseAsync(TestBroker broker, string pacticipant, string version, string environmentUuid)
    {
        await broker.SendAsync(HttpMethod.Put, $"/pacticipants/{pacticipant}/versions/{version}", "{}");
        var (response, json) = await broker.SendAsync(HttpMethod.Post, $"/pacticipants/{pacticipant}/versions/{version}/released-versions/environment/{environmentUuid}", "{}");
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"record-release answered {response.StatusCode}");
        return json!;
    }

    /// <summary>A PATCH with the merge-patch content type the CLI sends.</summary>
    public static Task<(HttpResponseMessage Response, JsonNode? Body)> PatchAsync(TestBroker broker, string href, string json) =>
        broker.SendAsync(HttpMethod.Patch, new Uri(href).PathAndQuery, json, "application/merge-patch+json");
}
