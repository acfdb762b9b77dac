using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>Reads the plain values of a broker's JSON leniently: a missing or differently typed field is null, never an exception.</summary>
internal static class HalValues
{
    public static string? Text(JToken? token) => token is JValue { Type: JTokenType.String } value ? (string?)value : null;

    public static bool? Flag(JToken? token) => token is JValue { Type: JTokenType.Boolean } value ? (bool)value! : null;

    public static int Number(JToken? token) => token is JValue { Type: JTokenType.Integer } value ? (int)value! : 0;

    public static DateTimeOffset? Time(JToken? token) => token switch
    {
        JValue { Type: JTokenType.Date, Value: DateTime time } => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        JValue { Type: JTokenType.Date, Value: DateTimeOffset time } => time,
        JValue { Type: JTokenType.String } text when DateTimeOffset.TryParse((string?)text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) => time,
        _ => null,
    };

    /// <summary>The <c>name</c> of each object in an array (e.g. <c>_embedded.tags</c>).</summary>
    public static IReadOnlyList<string> Names(JToken? array) =>
        [.. (array as JArray ?? []).OfType<JObject>().Select(o => Text(o["name"])).OfType<string>()];
}
