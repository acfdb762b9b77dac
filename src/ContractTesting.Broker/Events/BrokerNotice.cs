using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Events;

/// <summary>
/// A message for the person running a client, as <c>{"type", "text"}</c>; the CLI prints it coloured by type
/// (success, warning, prompt, error, danger, info, debug).
/// </summary>
internal sealed record BrokerNotice(string Type, string Text)
{
    public static BrokerNotice Success(string text) => new("success", text);

    public static BrokerNotice Warning(string text) => new("warning", text);

    public static BrokerNotice Error(string text) => new("error", text);

    public static BrokerNotice Info(string text) => new("info", text);

    public static BrokerNotice Debug(string text) => new("debug", text);

    public static BrokerNotice Prompt(string text) => new("prompt", text);

    public JsonObject ToJson() => new() { ["type"] = Type, ["text"] = Text };

    public static JsonArray ToJson(IEnumerable<BrokerNotice> notices) => new([.. notices.Select(n => (JsonNode)n.ToJson())]);
}
