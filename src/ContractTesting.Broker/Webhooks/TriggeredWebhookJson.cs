using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Webhooks;

/// <summary>Deliveries as the Pact Broker renders them (its <c>TriggeredWebhookDecorator</c> and <c>TriggeredWebhookLogsDecorator</c>).</summary>
internal static class TriggeredWebhookJson
{
    public static JsonObject Render(TriggeredWebhookRow row, BrokerUrls urls)
    {
        var name = row.RequestDescription;
        var links = new JsonObject
        {
            ["pb:logs"] = Hal.Link(urls.TriggeredWebhookLogs(row.Uuid), "Webhook execution logs", name),
            ["logs"] = Hal.Link(urls.TriggeredWebhookLogs(row.Uuid), "DEPRECATED - Use pb:logs", name),
        };
        if (row.WebhookId is not null)
        {
            links["pb:webhook"] = Hal.Link(urls.Webhook(row.WebhookUuid), "Webhook", name);
        }

        return new JsonObject
        {
            ["name"] = name,
            ["status"] = row.Status,
            ["attemptsMade"] = row.AttemptsMade,
            ["attemptsRemaining"] = row.AttemptsRemaining,
            ["triggerType"] = row.TriggerType,
            ["eventName"] = row.EventName,
            ["triggeredAt"] = Timestamps.Format(row.CreatedAt),
            ["_links"] = links,
        };
    }

    public static JsonObject List(IEnumerable<TriggeredWebhookRow> rows, string title, BrokerUrls urls) => new()
    {
        ["_embedded"] = new JsonObject { ["triggeredWebhooks"] = new JsonArray([.. rows.Select(r => (JsonNode)Render(r, urls))]) },
        ["_links"] = new JsonObject { ["self"] = Hal.Link(urls.Current, title) },
    };

    public static JsonObject Logs(TriggeredWebhookRow row, IReadOnlyList<WebhookExecutionRow> executions, BrokerUrls urls)
    {
        var links = new JsonObject { ["self"] = Hal.Link(urls.Current, "Triggered webhook logs") };
        if (row.WebhookId is not null)
        {
            links["pb:webhook"] = Hal.Link(urls.Webhook(row.WebhookUuid), "Webhook");
        }

        return new JsonObject
        {
            ["eventName"] = row.EventName,
            ["consumerName"] = row.ConsumerName,
            ["providerName"] = row.ProviderName,
            ["status"] = row.Status,
            ["attemptsMade"] = row.AttemptsMade,
            ["attemptsRemaining"] = row.AttemptsRemaining,
            ["_embedded"] = new JsonObject { ["triggeredWebhook"] = new JsonObject { ["uuid"] = row.Uuid } },
            ["executions"] = new JsonArray([.. executions.Select(e => (JsonNode)new JsonObject
            {
                ["success"] = e.Success,
                ["logs"] = e.Logs,
                ["createdAt"] = Timestamps.Format(e.CreatedAt),
            })]),
            ["_links"] = links,
        };
    }
}
