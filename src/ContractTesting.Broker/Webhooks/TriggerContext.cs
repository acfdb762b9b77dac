using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// What a triggering of a webhook keeps in <c>triggered_webhooks.event_context</c>: the placeholder values of the
/// moment it was triggered and the broker's base URL then, so that every attempt (also after a restart) sends the same.
/// </summary>
/// <param name="BaseUrl">The base URL of the request that triggered it.</param>
/// <param name="Parameters">The <c>${pactbroker.*}</c> values.</param>
internal sealed record TriggerContext(string BaseUrl, IReadOnlyDictionary<string, string> Parameters)
{
    public string ToJson() => new JsonObject
    {
        ["baseUrl"] = BaseUrl,
        ["parameters"] = new JsonObject(Parameters.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
    }.ToJsonString(JsonResponse.SerializerOptions);

    public static TriggerContext Parse(string? json)
    {
        var node = json is null ? null : JsonNode.Parse(json) as JsonObject;
        var parameters = (node?["parameters"] as JsonObject ?? [])
            .Where(p => p.Value is JsonValue)
            .ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal);
        return new TriggerContext(node?["baseUrl"]?.GetValue<string>() ?? "", parameters);
    }
}
