using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

/// <summary>Typed access to pact JSON that fails with a <see cref="PactFormatException"/> naming the path and the problem.</summary>
internal static class JsonRead
{
    /// <summary>The JSONPath of a token, rooted at <c>$</c>.</summary>
    public static string PathOf(JToken token)
    {
        var path = token.Path;
        if (path.Length == 0)
        {
            return "$";
        }

        return path[0] == '[' ? "$" + path : "$." + path;
    }

    public static PactFormatException Error(JToken at, string problem) => new(PathOf(at), problem);

    public static JObject Object(JToken token) =>
        token as JObject ?? throw Error(token, $"expected an object but found {Describe(token)}");

    public static JArray Array(JToken token) =>
        token as JArray ?? throw Error(token, $"expected an array but found {Describe(token)}");

    public static string String(JToken token) =>
        token.Type == JTokenType.String ? token.Value<string>()! : throw Error(token, $"expected a string but found {Describe(token)}");

    /// <summary>A string, or the JSON text of a number or boolean (some writers put numbers where strings belong).</summary>
    public static string Text(JToken token) => token.Type switch
    {
        JTokenType.String => token.Value<string>()!,
        JTokenType.Integer or JTokenType.Float or JTokenType.Boolean => token.ToString(Newtonsoft.Json.Formatting.None),
        _ => throw Error(token, $"expected a string but found {Describe(token)}"),
    };

    public static int Integer(JToken token, int min = int.MinValue)
    {
        decimal? number = token.Type switch
        {
            JTokenType.Integer when token is JValue { Value: long or int } => token.Value<long>(),
            JTokenType.Float when token is JValue { Value: decimal d } && d == decimal.Truncate(d) => d,
            JTokenType.Float when token is JValue { Value: double f } && f == Math.Truncate(f) && Math.Abs(f) < 1e15 => (decimal)f,
            JTokenType.String when long.TryParse(token.Value<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
        if (number is not { } value)
        {
            throw Error(token, token.Type == JTokenType.Integer
                ? $"the number {token} is too large"
                : $"expected a whole number but found {Describe(token)}");
        }

        if (value > int.MaxValue)
        {
            throw Error(token, $"the number {value} is too large");
        }

        return value < min ? throw Error(token, $"expected a whole number of at least {min} but found {value}") : (int)value;
    }

    public static bool Boolean(JToken token) =>
        token.Type == JTokenType.Boolean ? token.Value<bool>() : throw Error(token, $"expected true or false but found {Describe(token)}");

    public static JToken? Optional(JObject json, string name) =>
        json.TryGetValue(name, StringComparison.Ordinal, out var value) && value.Type != JTokenType.Null ? value : null;

    public static JToken Required(JObject json, string name) =>
        Optional(json, name) ?? throw Error(json, $"the attribute '{name}' is missing");

    public static string Describe(JToken token) => token.Type switch
    {
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        JTokenType.String => $"the string \"{Truncate(token.Value<string>()!)}\"",
        JTokenType.Integer or JTokenType.Float => $"the number {token}",
        JTokenType.Boolean => $"the boolean {token.ToString().ToLowerInvariant()}",
        JTokenType.Null => "null",
        _ => token.Type.ToString().ToLowerInvariant(),
    };

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
