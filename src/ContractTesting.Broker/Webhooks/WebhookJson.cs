using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Webhooks;

/// <summary>A webhook as the Pact Broker renders it (its <c>WebhookDecorator</c>), with credentials masked.</summary>
internal static class WebhookJson
{
    public static JsonObject Render(Webhook webhook, BrokerUrls urls)
    {
        var d = webhook.Definition;
        var json = new JsonObject { ["uuid"] = webhook.Uuid, ["description"] = d.DisplayDescription };
        if (d.Consumer is not null)
        {
            json["consumer"] = Side(d.Consumer);
        }

        if (d.Provider is not null)
        {
            json["provider"] = Side(d.Provider);
        }

        json["enabled"] = d.Enabled;
        json["request"] = Request(d.Request);
        json["events"] = new JsonArray([.. d.Events.Select(name => (JsonNode)new JsonObject { ["name"] = name })]);
        json["createdAt"] = Timestamps.Format(webhook.CreatedAt);
        if (webhook.UpdatedAt != webhook.CreatedAt)
        {
            json["updatedAt"] = Timestamps.Format(webhook.UpdatedAt);
        }

        json["_links"] = Links(webhook, urls);
        return json;
    }

    /// <summary>The request as shown: the password and credential headers masked.</summary>
    public static JsonObject Request(WebhookRequestTemplate request)
    {
        var json = new JsonObject { ["method"] = request.Method, ["url"] = request.Url };
        if (request.Headers.Count > 0)
        {
            json["headers"] = new JsonObject(request.DisplayHeaders.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value)));
        }

        if (request.BodyNode is { } body)
        {
            json["body"] = body;
        }

        if (request.Username is not null)
        {
            json["username"] = request.Username;
        }

        if (request.DisplayPassword is { } password)
        {
            json["password"] = password;
        }

        return json;
    }

    private static JsonObject Side(WebhookPacticipant side) =>
        side.Name is not null ? new JsonObject { ["name"] = side.Name } : new JsonObject { ["label"] = side.Label };

    private static JsonObject Links(Webhook webhook, BrokerUrls urls)
    {
        var d = webhook.Definition;
        var links = new JsonObject
        {
            ["self"] = Hal.Link(urls.Webhook(webhook.Uuid), d.DisplayDescription),
            ["pb:execute"] = Hal.Link(urls.WebhookExecution(webhook.Uuid),
                "Test the execution of the webhook with the latest matching pact or verification by sending a POST request to this URL"),
        };
        AddSide(links, d.Consumer, "pb:consumer", "Consumer", "pb:consumers", "Consumers by label", urls);
        AddSide(links, d.Provider, "pb:provider", "Provider", "pb:providers", "Providers by label", urls);
        if (d.Consumer?.Name is { } consumer && d.Provider?.Name is { } provider)
        {
            links["pb:pact-webhooks"] = Hal.Link(urls.WebhooksForIntegration(provider, consumer),
                $"All webhooks for consumer {consumer} and provider {provider}");
        }

        links["pb:webhooks"] = Hal.Link(urls.Webhooks, "All webhooks");
        return links;
    }

    private static void AddSide(JsonObject links, WebhookPacticipant? side, string rel, string title, string labelRel, string labelTitle, BrokerUrls urls)
    {
        if (side?.Name is { } name)
        {
            links[rel] = Hal.Link(urls.Pacticipant(name), title, name);
        }
        else if (side?.Label is { } label)
        {
            links[labelRel] = Hal.Link(urls.PacticipantsWithLabel(label), labelTitle, label);
        }
    }
}
