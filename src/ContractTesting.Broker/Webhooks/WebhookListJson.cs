using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Webhooks;

/// <summary>A list of webhooks as the Pact Broker renders it (its <c>WebhooksDecorator</c>): links only.</summary>
internal static class WebhookListJson
{
    public static JsonObject Render(IEnumerable<Webhook> webhooks, string self, string title, BrokerUrls urls) => new()
    {
        ["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(self, title),
            ["pb:create"] = Hal.Link(self, "POST to create a webhook"),
            ["pb:webhooks"] = Hal.Links(webhooks.Select(w => Hal.Link(urls.Webhook(w.Uuid), w.Definition.ScopeDescription, w.Definition.DisplayDescription))),
            ["curies"] = new JsonArray(new JsonObject { ["name"] = "pb", ["href"] = $"{urls.Base}/doc/webhooks-{{rel}}", ["templated"] = true }),
        },
    };
}
