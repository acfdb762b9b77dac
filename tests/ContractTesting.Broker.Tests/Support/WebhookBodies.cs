using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>Webhook bodies as clients send them, and helpers to read what the broker answers about deliveries.</summary>
public static class WebhookBodies
{
    /// <summary>A webhook in the shape <c>pact broker create-webhook</c> posts it.</summary>
    public static JsonObject Webhook(string url, string[]? events = null, JsonNode? body = null, string? consumer = null, string? provider = null,
        string? description = null, JsonObject? headers = null, string? username = null, string? password = null, bool? enabled = null)
    {
        var request = new JsonObject { ["method"] = "POST", ["url"] = url, ["headers"] = headers ?? new JsonObject() };
        if (body is not null)
        {
            request["body"] = body;
        }

        if (username is not null)
        {
            request["username"] = username;
        }

        if (password is not null)
        {
            request["password"] = password;
        }

        var json = new JsonObject
        {
            ["events"] = new JsonArray([.. (events ?? ["contract_content_changed"]).Select(e => (JsonNode)new JsonObject { ["name"] = e })]),
            ["request"] = request,
        };
        if (description is not null)
        {
            json["description"] = description;
        }

        if (consumer is not null)
        {
            json["consumer"] = new JsonObject { ["name"] = consumer };
        }

        if (provider is not null)
        {
            json["provider"] = new JsonObject { ["name"] = provider };
        }

        if (enabled is not null)
        {
            json["enabled"] = enabled.Value;
        }

        return json;
    }

    /// <summary>Creates the webhook and returns its UUID.</summary>
    public static async Task<string> CreateAsync(this TestBroker broker, JsonObject webhook)
    {
        var (response, body) = await broker.SendAsync(HttpMethod.Post, "/webhooks", webhook.ToJsonString());
        Assert.True(response.IsSuccessStatusCode, $"Creating the webhook failed: {(int)response.StatusCode} {body?.ToJsonString()}");
        return body!["uuid"]!.GetValue<string>();
    }

    /// <summary>The deliveries a consumer version's pact triggered.</summary>
    public static async Task<JsonArray> TriggeredAsync(this TestBroker broker, string provider, string consumer, string version)
    {
        var (_, body) = await broker.GetAsync($"/pacts/provider/{provider}/consumer/{consumer}/version/{version}/triggered-webhooks");
        return body!["_embedded"]!["triggeredWebhooks"]!.AsArray();
    }

    /// <summary>Waits until every delivery of the pact is finished (success or failure) and returns them.</summary>
    public static Task<JsonArray> FinishedAsync(this TestBroker broker, string provider, string consumer, string version, int count = 1) =>
        Eventually.ReadAsync(
            () => broker.TriggeredAsync(provider, consumer, version),
            list => list.Count == count && list.All(t => t!["status"]!.GetValue<string>() is "success" or "failure"),
            $"{count} finished deliveries for {consumer} {version}");

    /// <summary>The logs of a delivery as JSON.</summary>
    public static async Task<JsonNode> LogsAsync(this TestBroker broker, JsonNode triggered)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, triggered["_links"]!["pb:logs"]!["href"]!.GetValue<string>());
        request.Headers.Accept.ParseAdd("application/hal+json");
        using var response = await broker.Client.SendAsync(request, TestContext.Current.CancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
    }
}
