using ContractTesting.Generation;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

/// <summary>Reads generators from pact JSON (<c>generators</c> objects, V3 and V4).</summary>
internal static class GeneratorReader
{
    /// <summary>Reads a <c>generators</c> object: categories of generators keyed by path or name.</summary>
    public static Generators Read(JToken token)
    {
        var json = JsonRead.Object(token);
        return new Generators(json.Properties().Select(p =>
            new KeyValuePair<string, IReadOnlyList<KeyValuePair<DocPath, Generator>>>(p.Name, ReadCategory(p.Name, p.Value))));
    }

    /// <summary>Reads one category: a single generator for whole parts (path, status, method), otherwise generators by path or name.</summary>
    public static List<KeyValuePair<DocPath, Generator>> ReadCategory(string name, JToken token)
    {
        var category = MatchingRules.NormaliseCategory(name);
        var json = JsonRead.Object(token);
        if (json.ContainsKey("type") && json["type"]!.Type == JTokenType.String)
        {
            return [new(DocPath.Empty, ReadGenerator(json))];
        }

        var byName = MatchingRules.IsKeyedByName(category);
        return [.. json.Properties().Select(p => new KeyValuePair<DocPath, Generator>(
            byName ? DocPath.Root.JoinField(p.Name) : ParsePath(p),
            ReadGenerator(p.Value)))];
    }

    /// <summary>Reads one generator, e.g. <c>{"type": "RandomInt", "min": 1, "max": 9}</c>.</summary>
    public static Generator ReadGenerator(JToken token)
    {
        var json = JsonRead.Object(token);
        var typeToken = JsonRead.Optional(json, "type") ?? JsonRead.Optional(json, "pact:generator:type")
            ?? throw JsonRead.Error(json, "a generator needs a 'type' attribute");
        var type = JsonRead.String(typeToken);
        return type switch
        {
            "RandomInt" => new RandomIntGenerator(Int(json, "min") ?? 0, Int(json, "max") ?? 10),
            "RandomDecimal" => new RandomDecimalGenerator(Int(json, "digits", 1) ?? 10),
            "RandomHexadecimal" => new RandomHexadecimalGenerator(Int(json, "digits", 1) ?? 10),
            "RandomString" => new RandomStringGenerator(Int(json, "size", 0) ?? 10),
            "Regex" => new RegexGenerator(JsonRead.String(JsonRead.Required(json, "regex"))),
            "Date" => new DateGenerator(Text(json, "format"), Text(json, "expression")),
            "Time" => new TimeGenerator(Text(json, "format"), Text(json, "expression")),
            "DateTime" => new DateTimeGenerator(Text(json, "format"), Text(json, "expression")),
            "Uuid" => new UuidGenerator(UuidFormatOf(json)),
            "RandomBoolean" => new RandomBooleanGenerator(),
            "ProviderState" => new ProviderStateGenerator(JsonRead.String(JsonRead.Required(json, "expression")), DataTypeOf(json)),
            "MockServerURL" => new MockServerUrlGenerator(Text(json, "example") ?? string.Empty, JsonRead.String(JsonRead.Required(json, "regex"))),
            _ => throw JsonRead.Error(typeToken, $"'{type}' is not a known generator type (expected one of RandomInt, RandomDecimal, RandomHexadecimal, RandomString, Regex, Date, Time, DateTime, Uuid, RandomBoolean, ProviderState, MockServerURL)"),
        };
    }

    private static int? Int(JObject json, string name, int min = int.MinValue) =>
        JsonRead.Optional(json, name) is { } value ? JsonRead.Integer(value, min) : null;

    private static string? Text(JObject json, string name) => JsonRead.Optional(json, name) is { } value ? JsonRead.String(value) : null;

    private static UuidFormat? UuidFormatOf(JObject json)
    {
        if (JsonRead.Optional(json, "format") is not { } format)
        {
            return null;
        }

        return UuidGenerator.FormatNames.TryGetValue(JsonRead.String(format), out var parsed)
            ? parsed
            : throw JsonRead.Error(format, "a UUID format must be simple, lower-case-hyphenated, upper-case-hyphenated or URN");
    }

    private static ProviderStateDataType? DataTypeOf(JObject json)
    {
        if (JsonRead.Optional(json, "dataType") is not { } dataType)
        {
            return null;
        }

        return ProviderStateGenerator.DataTypeNames.TryGetValue(JsonRead.String(dataType), out var parsed)
            ? parsed
            : throw JsonRead.Error(dataType, "'dataType' must be RAW, STRING, INTEGER, DECIMAL, FLOAT or BOOLEAN");
    }

    private static DocPath ParsePath(JProperty property) =>
        DocPath.TryParse(property.Name, out var path, out var error) ? path : throw JsonRead.Error(property, error);
}
