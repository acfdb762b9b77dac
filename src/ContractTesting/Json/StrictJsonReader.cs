using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Json;

/// <summary>
/// Reads JSON strictly (RFC 8259: no comments, trailing commas, single quotes or NaN) into Newtonsoft tokens, choosing
/// each number's type on its own: integers as <see cref="long"/> (or <see cref="BigInteger"/>), other numbers as
/// <see cref="decimal"/> so their digits survive (<c>1.10</c> stays <c>1.10</c>), or as <see cref="double"/> beyond
/// decimal's range. Strings are never turned into dates.
/// </summary>
internal static class StrictJsonReader
{
    private const int MaxDepth = 512;

    /// <exception cref="JsonParseException">The content is not one valid JSON value, or a key repeats where that is not allowed.</exception>
    public static JToken Read(ReadOnlySpan<byte> utf8, bool allowDuplicateKeys)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                throw new JsonParseException("$", "there is no JSON value (the content is empty)");
            }

            var token = ReadValue(ref reader, allowDuplicateKeys, []);
            return reader.Read()
                ? throw new JsonParseException("$", $"unexpected content after the JSON value, at line {Line(utf8, reader.TokenStartIndex)}")
                : token;
        }
        catch (JsonException e)
        {
            throw new JsonParseException("$", e.Message, e);
        }
    }

    // The path to the value being read, as keys and indexes: turned into text only for an error message, so that
    // reading allocates nothing per value beyond the tokens themselves.
    private static JToken ReadValue(ref Utf8JsonReader reader, bool allowDuplicateKeys, List<PathStep> path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JObject();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    path.Add(new PathStep(name, 0));
                    var value = ReadValue(ref reader, allowDuplicateKeys, path);
                    if (obj.ContainsKey(name))
                    {
                        obj[name] = allowDuplicateKeys ? value : throw new JsonParseException(PathText(path), $"the key '{name}' appears more than once");
                    }
                    else
                    {
                        obj.Add(name, value);
                    }

                    path.RemoveAt(path.Count - 1);
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JArray();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    path.Add(new PathStep(null, array.Count));
                    array.Add(ReadValue(ref reader, allowDuplicateKeys, path));
                    path.RemoveAt(path.Count - 1);
                }

                return array;
            case JsonTokenType.String:
                return new JValue(reader.GetString());
            case JsonTokenType.Number:
                return Number(ref reader, path);
            case JsonTokenType.True:
                return new JValue(true);
            case JsonTokenType.False:
                return new JValue(false);
            default:
                return JValue.CreateNull();
        }
    }

    private static JValue Number(ref Utf8JsonReader reader, List<PathStep> path)
    {
        var digits = reader.ValueSpan;
        if (digits.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
        {
            return reader.TryGetInt64(out var whole)
                ? new JValue(whole)
                : new JValue(BigInteger.Parse(Encoding.UTF8.GetString(digits), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        var text = Encoding.UTF8.GetString(digits);
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            // 1e5 is a decimal number in JSON; give it a fractional digit so it is written back as one (100000.0).
            return new JValue(exact.Scale == 0 ? exact + 0.0m : exact);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var approximate) && double.IsFinite(approximate)
            ? new JValue(approximate)
            : throw new JsonParseException(PathText(path), $"the number {text} is beyond the range of a double");
    }

    private static string PathText(List<PathStep> path)
    {
        var text = new StringBuilder("$");
        foreach (var step in path)
        {
            text.Append(step.Key is { } key ? Key(key) : string.Create(CultureInfo.InvariantCulture, $"[{step.Index}]"));
        }

        return text.ToString();
    }

    private static string Key(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !char.IsAsciiDigit(name[0])
            ? "." + name
            : "['" + name.Replace("'", "\\'", StringComparison.Ordinal) + "']";

    /// <summary>One step of a path: an object's key, or (when the key is null) an array's index.</summary>
    private readonly record struct PathStep(string? Key, int Index);

    private static int Line(ReadOnlySpan<byte> utf8, long index) => utf8[..(int)index].Count((byte)'\n') + 1;
}
