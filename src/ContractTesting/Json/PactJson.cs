using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Json;

/// <summary>
/// The one place that configures Newtonsoft.Json for pact content: no date parsing (strings stay strings),
/// decimals for non-integers (so <c>1.10</c> keeps its digits), and deterministic output with sorted keys.
/// </summary>
internal static class PactJson
{
    // Errors in pact documents are reported by JSON path, so line information is not kept.
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        LineInfoHandling = LineInfoHandling.Ignore,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    // Bodies are data, not pact documents: no line numbers are needed, and a repeated key keeps its last value as
    // most JSON parsers do. Skipping line information roughly halves the time to load a large body.
    private static readonly JsonLoadSettings BodySettings = new()
    {
        LineInfoHandling = LineInfoHandling.Ignore,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Replace,
    };

    /// <summary>Parses pact JSON text, which must hold exactly one value; repeated keys are an error.</summary>
    /// <exception cref="JsonReaderException">The text is not valid JSON.</exception>
    public static JToken Parse(string text) => Parse(new StringReader(text), LoadSettings);

    /// <summary>Parses a JSON body (UTF-8 bytes), which must hold exactly one value.</summary>
    /// <exception cref="JsonReaderException">The content is not valid JSON.</exception>
    public static JToken ParseBody(byte[] utf8) =>
        Parse(new StreamReader(new MemoryStream(utf8, writable: false), System.Text.Encoding.UTF8), BodySettings);

    // Numbers are read as decimals so that 1.10 keeps its digits. A number beyond decimal's range (1e300) cannot be
    // read that way, so such a document is read again with doubles; a genuine syntax error fails both times.
    private static JToken Parse(TextReader text, JsonLoadSettings settings)
    {
        var content = text.ReadToEnd();
        try
        {
            return Parse(content, settings, FloatParseHandling.Decimal);
        }
        catch (JsonReaderException)
        {
            try
            {
                return Parse(content, settings, FloatParseHandling.Double);
            }
            catch (JsonReaderException)
            {
                // Report the problem as the first attempt saw it.
            }

            throw;
        }
    }

    private static JToken Parse(string content, JsonLoadSettings settings, FloatParseHandling floats)
    {
        using var reader = CreateReader(new StringReader(content));
        reader.FloatParseHandling = floats;
        var token = JToken.ReadFrom(reader, settings);
        if (reader.Read() && reader.TokenType != JsonToken.Comment)
        {
            throw new JsonReaderException(
                $"Unexpected content after the JSON value, at line {reader.LineNumber}, position {reader.LinePosition}.");
        }

        return token;
    }

    /// <summary>A JSON reader with the pact settings.</summary>
    public static JsonTextReader CreateReader(TextReader text) => new(text)
    {
        DateParseHandling = DateParseHandling.None,
        FloatParseHandling = FloatParseHandling.Decimal,
        MaxDepth = 512,
    };

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
                foreach (var property in obj.Properties().OrderBy(p => p.Name, StringComparer.Ordinal))
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
                    JTokenType.Float => Convert.ToDecimal(e.Value, CultureInfo.InvariantCulture) == Convert.ToDecimal(a.Value, CultureInfo.InvariantCulture),
                    _ => JToken.DeepEquals(e, a),
                };
            default:
                return false;
        }
    }
}
