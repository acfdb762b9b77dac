using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>
/// A message the broker attaches to an answer (<c>notices: [{type, text}]</c>) for people to read, e.g. after a
/// publication or in a can-i-deploy answer.
/// </summary>
/// <param name="Type">
/// What kind: <c>success</c>, <c>info</c>, <c>debug</c>, <c>warning</c>, <c>prompt</c>, <c>error</c> or <c>danger</c>
/// (the official CLI colours them by it); empty when the broker did not say.
/// </param>
/// <param name="Text">The text.</param>
public sealed record BrokerMessage(string Type, string Text)
{
    /// <summary>Whether the message reports a failure (<c>error</c> or <c>danger</c>).</summary>
    public bool IsError => Type is "error" or "danger";

    /// <summary>Whether the message is a warning or a prompt.</summary>
    public bool IsWarning => Type is "warning" or "prompt";

    /// <summary>The messages of a <c>notices</c> array; entries without text are left out.</summary>
    internal static IReadOnlyList<BrokerMessage> ReadAll(JToken? notices) =>
        [.. (notices as JArray ?? []).OfType<JObject>()
            .Where(n => HalValues.Text(n["text"]) is not null)
            .Select(n => new BrokerMessage(HalValues.Text(n["type"]) ?? string.Empty, HalValues.Text(n["text"])!))];
}
