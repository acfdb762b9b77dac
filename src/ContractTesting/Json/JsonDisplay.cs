using Newtonsoft.Json.Linq;

namespace ContractTesting.Json;

/// <summary>How JSON values appear in mismatch messages.</summary>
internal static class JsonDisplay
{
    /// <summary>The kind of a value: Object, Array, Null, Boolean, Integer, Decimal or String.</summary>
    public static string TypeOf(JToken token) => token.Type switch
    {
        JTokenType.Object => "Object",
        JTokenType.Array => "Array",
        JTokenType.Null or JTokenType.Undefined => "Null",
        JTokenType.Boolean => "Boolean",
        JTokenType.Integer => "Integer",
        JTokenType.Float => "Decimal",
        _ => "String",
    };

    /// <summary>A value as shown in messages: strings in single quotes, everything else as compact JSON.</summary>
    public static string ValueOf(JToken token) => token.Type switch
    {
        JTokenType.String => $"'{token.Value<string>()}'",
        JTokenType.Null or JTokenType.Undefined => "null",
        _ => PactJson.Canonical(token),
    };

    /// <summary>A value with its kind, e.g. <c>'a' (String)</c>.</summary>
    public static string Describe(JToken token) => $"{ValueOf(token)} ({TypeOf(token)})";

    /// <summary>The text of a value: a string's own text, otherwise compact JSON.</summary>
    public static string TextOf(JToken token) => token.Type == JTokenType.String ? token.Value<string>()! : PactJson.Canonical(token);

    /// <summary>An array's items separated by ", " inside brackets, e.g. <c>[1, 2, 3]</c>.</summary>
    public static string List(IEnumerable<JToken> items) => $"[{string.Join(", ", items.Select(PactJson.Canonical))}]";
}
