using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Json;

/// <summary>
/// The one place that reads and writes pact JSON: strict parsing that keeps each number's digits and never turns
/// strings into dates (<see cref="StrictJsonReader"/>), and deterministic output with sorted keys.
/// </summary>
internal static class PactJson
{
    /// <summary>Parses pact JSON text strictly; it must hold exactly one value, and a repeated key is an error.</summary>
    /// <exception cref="JsonParseException">The text is not valid JSON.</exception>
    public static JToken Parse(string text) => StrictJsonReader.Read(Encoding.UTF8.GetBytes(text), allowDuplicateKeys: false);

    /// <summary>Parses a JSON body (UTF-8) strictly; a repeated key keeps its last value, as most JSON parsers do.</summary>
    /// <exception cref="JsonParseException">The content is not valid JSON.</exception>
    public static JToken ParseBody(ReadOnlySpan<byte> utf8) => StrictJsonReader.Read(utf8, allowDuplicateKeys: true);

    /// <summary>Whether the UTF-8 content is one valid JSON value.</summary>
    public static bool IsValid(ReadOnlySpan<byte> utf8)
    {
        try
        {
            StrictJsonReader.Read(utf8, allowDuplicateKeys: true);
            return true;
        }
        catch (JsonParseException)
        {
            return false;
        }
    }

    /// <summary>Compact JSON text, keys in their existing order.</summary>
    public static string Compact(JToken token) => token.ToString(Formatting.None);

    /// <summary>Compact JSON text with object keys sorted (ordinal), as used in mismatch messages.</summary>
    public static string Canonical(JToken token) => Sorted(token).ToString(Formatting.None);

    /// <summary>
    /// Indented JSON (two spaces, <c>\n</c> line ends, sorted keys) followed by a newline: the byte-stable form pact files are written in.
    /// </summary>
    public static string Pretty(JToken token)
    {
        var builder = new StringBuilder();
        using (var text = new StringWriter(builder, CultureInfo.InvariantCulture) { NewLine = "\n" })
        using (var writer = new JsonTextWriter(text) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            WriteSorted(writer, token);
        }

        return builder.Append('\n').ToString();
    }

    private static void WriteSorted(JsonWriter writer, JToken token)
    {
        switch (token)
        {
            case JObject obj:
                writer.WriteStartObject();
                foreach (var property in SortedProperties(obj))
                {
                    writer.WritePropertyName(property.Name);
                    WriteSorted(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteSorted(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                token.WriteTo(writer);
                break;
        }
    }

    // The object's properties in ordinal key order; most objects a pact is written from are in order already, and then
    // checking is all it costs.
    private static JProperty[] SortedProperties(JObject obj)
    {
        var properties = new JProperty[obj.Count];
        var i = 0;
        var sorted = true;
        foreach (var property in obj.Properties())
        {
            sorted &= i == 0 || string.CompareOrdinal(properties[i - 1].Name, property.Name) < 0;
            properties[i++] = property;
        }

        if (!sorted)
        {
            Array.Sort(properties, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        }

        return properties;
    }

    /// <summary>A deep copy of the token with every object's keys in ordinal order.</summary>
    public static JToken Sorted(JToken token) => token switch
    {
        JObject obj => new JObject(obj.Properties()
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new JProperty(p.Name, Sorted(p.Value)))),
        JArray array => new JArray(array.Select(Sorted)),
        _ => token.DeepClone(),
    };

    /// <summary>
    /// Structural equality of JSON values where an integer never equals a decimal (<c>100</c> vs <c>100.0</c>)
    /// and object key order does not matter.
    /// </summary>
    public static bool ValueEquals(JToken expected, JToken actual)
    {
        switch (expected, actual)
        {
            case (JObject e, JObject a):
                return e.Count == a.Count && e.Properties().All(p => a.TryGetValue(p.Name, out var v) && ValueEquals(p.Value, v));
            case (JArray e, JArray a):
                return e.Count == a.Count && e.Zip(a).All(pair => ValueEquals(pair.First, pair.Second));
            case (JValue e, JValue a):
                if (e.Type != a.Type)
                {
                    return false;
                }

                return e.Type switch
                {
                    JTokenType.Integer => ToBigInteger(e.Value) == ToBigInteger(a.Value),
                    JTokenType.Float when e.Value is decimal x && a.Value is decimal y => x == y,
                    JTokenType.Float => Convert.ToDouble(e.Value, CultureInfo.InvariantCulture).Equals(Convert.ToDouble(a.Value, CultureInfo.InvariantCulture)),
                    _ => JToken.DeepEquals(e, a),
                };
            default:
                return false;
        }
    }

    private static System.Numerics.BigInteger ToBigInteger(object? value) => value switch
    {
        System.Numerics.BigInteger big => big,
        _ => new System.Numerics.BigInteger(Convert.ToInt64(value, CultureInfo.InvariantCulture)),
    };
}
