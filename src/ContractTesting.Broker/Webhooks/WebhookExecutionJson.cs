using System.Text.Json;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Webhooks.Delivery;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// The answer to a test execution (the Pact Broker's <c>WebhookExecutionResultDecorator</c>): what was sent, the
/// response and any error when responses are shown, else a message saying why not, the log and the outcome.
/// </summary>
internal static class WebhookExecutionJson
{
    public static JsonObject Render(WebhookAttempt attempt, bool showResponse, string? webhookUuid, BrokerUrls urls)
    {
        var json = new JsonObject();
        if (showResponse && attempt.Error is { } error)
        {
            json["error"] = new JsonObject { ["message"] = error };
        }

        if (attempt.Request is { } request)
        {
            json["request"] = new JsonObject
            {
                ["headers"] = Headers(request.Headers),
                ["body"] = Body(request.Body),
                ["url"] = request.Url,
            };
        }

        if (showResponse && attempt.Response is { } response)
        {
            json["response"] = new JsonObject
            {
                ["status"] = response.Status,
                ["headers"] = Headers(response.Headers),
                ["body"] = Body(attempt.Log.Redact(response.Body)),
            };
        }
        else if (!showResponse)
        {
            json["message"] = "For security purposes, the response details are not logged. To enable response logging, configure Broker:Webhooks:AllowedHosts "
                + $"(the Pact Broker's webhook_host_whitelist). See {urls.Base}/doc/webhooks#whitelist for more information.";
        }

        json["logs"] = attempt.Log.ToString();
        json["success"] = attempt.Success;
        var links = new JsonObject();
        if (webhookUuid is not null)
        {
            links["webhook"] = Hal.Link(urls.Webhook(webhookUuid));
        }

        links["try-again"] = Hal.Link(urls.Current, "Execute the webhook again");
        json["_links"] = links;
        return json;
    }

    private static JsonObject Headers(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var json = new JsonObject();
        foreach (var group in headers.GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            json[group.Key] = string.Join(", ", group.Select(h => h.Value));
        }

        return json;
    }

    private static JsonNode? Body(string? body)
    {
        if (body is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return JsonValue.Create(body);
        }
    }
}
