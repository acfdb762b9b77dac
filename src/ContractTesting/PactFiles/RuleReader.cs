using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

/// <summary>Reads matching rules from pact JSON: the flat V2 layout and the V3/V4 layout grouped by category.</summary>
internal static class RuleReader
{
    /// <summary>Reads a <c>matchingRules</c> object in either layout (V2 when its keys start with <c>$</c>).</summary>
    public static MatchingRules Read(JToken token)
    {
        var json = JsonRead.Object(token);
        if (json.Count == 0)
        {
            return MatchingRules.Empty;
        }

        return json.Properties().First().Name.StartsWith('$') ? ReadV2(json) : ReadV3(json);
    }

    private static MatchingRules ReadV2(JObject json)
    {
        var categories = new Dictionary<string, List<KeyValuePair<DocPath, RuleList>>>(StringComparer.Ordinal);
        foreach (var property in json.Properties())
        {
            var (category, path) = V2Location(property);
            var list = categories.TryGetValue(category, out var existing) ? existing : categories[category] = [];
            list.Add(new(path, new RuleList(ReadRule(property.Value))));
        }

        return new MatchingRules(categories.Select(c => new MatchingRuleCategory(c.Key, c.Value)));
    }

    private static (string Category, DocPath Path) V2Location(JProperty property)
    {
        var key = property.Name;
        if (key == "$.body" || key.StartsWith("$.body.", StringComparison.Ordinal) || key.StartsWith("$.body[", StringComparison.Ordinal))
        {
            return (MatchingRules.Body, ParsePath("$" + key[6..], property));
        }

        var path = ParsePath(key, property);
        var fields = path.Tokens.Where(t => t.Kind == PathTokenKind.Field).Select(t => t.Name!).ToList();
        if (fields.Count == 0)
        {
            throw JsonRead.Error(property, $"'{key}' does not name a part of the request or response");
        }

        var category = MatchingRules.NormaliseCategory(fields[0]);
        return fields.Count > 1 ? (category, DocPath.Root.JoinField(fields[1])) : (category, DocPath.Empty);
    }

    private static MatchingRules ReadV3(JObject json) =>
        new(json.Properties().Select(p => ReadCategory(p.Name, p.Value)));

    /// <summary>Reads one category: a rule list for whole parts, otherwise rule lists keyed by path or name.</summary>
    public static MatchingRuleCategory ReadCategory(string name, JToken token)
    {
        var category = MatchingRules.NormaliseCategory(name);
        var json = JsonRead.Object(token);
        if (json.ContainsKey("matchers"))
        {
            return new MatchingRuleCategory(category, [new(DocPath.Empty, ReadList(json))]);
        }

        var byName = MatchingRules.IsKeyedByName(category);
        return new MatchingRuleCategory(category, json.Properties().Select(p =>
            new KeyValuePair<DocPath, RuleList>(byName ? DocPath.Root.JoinField(p.Name) : ParsePath(p.Name, p), ReadList(JsonRead.Object(p.Value)))));
    }

    private static RuleList ReadList(JObject json)
    {
        var logic = RuleLogic.And;
        if (JsonRead.Optional(json, "combine") is { } combine)
        {
            logic = JsonRead.String(combine).ToUpperInvariant() switch
            {
                "AND" => RuleLogic.And,
                "OR" => RuleLogic.Or,
                _ => throw JsonRead.Error(combine, "'combine' must be \"AND\" or \"OR\""),
            };
        }

        var matchers = JsonRead.Optional(json, "matchers") is { } m ? JsonRead.Array(m) : [];
        return new RuleList([.. matchers.Select(ReadRule)], logic);
    }

    /// <summary>Reads one rule, e.g. <c>{"match": "regex", "regex": "\\d+"}</c>.</summary>
    public static MatchingRule ReadRule(JToken token)
    {
        var json = JsonRead.Object(token);
        var match = JsonRead.Optional(json, "match") ?? JsonRead.Optional(json, "pact:matcher:type");
        if (match is null)
        {
            return ReadUntyped(json);
        }

        var type = JsonRead.String(match);
        return type switch
        {
            "regex" => new RegexRule(JsonRead.String(JsonRead.Required(json, "regex"))),
            "equality" => new EqualityRule(),
            "include" => new IncludeRule(JsonRead.Text(JsonRead.Required(json, "value"))),
            "type" => new TypeRule(Size(json, "min"), Size(json, "max")),
            "min" or "min-type" => new TypeRule(Min: JsonRead.Integer(JsonRead.Required(json, "min"), 0)),
            "max" or "max-type" => new TypeRule(Max: JsonRead.Integer(JsonRead.Required(json, "max"), 0)),
            "number" => new NumberRule(),
            "integer" => new IntegerRule(),
            "decimal" or "real" => new DecimalRule(),
            "boolean" => new BooleanRule(),
            "null" => new NullRule(),
            "values" => new ValuesRule(),
            "notEmpty" or "not-empty" => new NotEmptyRule(),
            "semver" => new SemverRule(),
            "date" => new DateRule(Format(json, "date")),
            "time" => new TimeRule(Format(json, "time")),
            "datetime" or "timestamp" => new DateTimeRule(Format(json, type)),
            "contentType" or "content-type" => new ContentTypeRule(JsonRead.String(JsonRead.Required(json, "value"))),
            "statusCode" or "status-code" => ReadStatusCode(json),
            "eachKey" or "each-key" => new EachKeyRule(EachRules(json), JsonRead.Optional(json, "value"), OptionalObject(json, "generator")),
            "eachValue" or "each-value" => new EachValueRule(EachRules(json), JsonRead.Optional(json, "value"), OptionalObject(json, "generator")),
            "arrayContains" or "array-contains" => new ArrayContainsRule([.. JsonRead.Array(JsonRead.Required(json, "variants")).Select(ReadVariant)]),
            _ => throw JsonRead.Error(match, $"'{type}' is not a known matching rule (expected one of regex, equality, include, type, number, integer, decimal, boolean, null, values, notEmpty, semver, date, time, datetime, contentType, statusCode, eachKey, eachValue, arrayContains)"),
        };
    }

    // Older pacts leave out "match" and say only what to check.
    private static MatchingRule ReadUntyped(JObject json)
    {
        if (JsonRead.Optional(json, "regex") is { } regex)
        {
            return new RegexRule(JsonRead.String(regex));
        }

        if (Size(json, "min") is { } min)
        {
            return new TypeRule(min, Size(json, "max"));
        }

        if (Size(json, "max") is { } max)
        {
            return new TypeRule(Max: max);
        }

        foreach (var (attribute, make) in new (string, Func<string, MatchingRule>)[]
        {
            ("timestamp", f => new DateTimeRule(f)), ("time", f => new TimeRule(f)), ("date", f => new DateRule(f)),
        })
        {
            if (JsonRead.Optional(json, attribute) is { } format)
            {
                return make(JsonRead.String(format));
            }
        }

        throw JsonRead.Error(json, "a matching rule needs a 'match' attribute naming its type");
    }

    private static int? Size(JObject json, string name) => JsonRead.Optional(json, name) is { } value ? JsonRead.Integer(value, 0) : null;

    private static string? Format(JObject json, string alternative) =>
        (JsonRead.Optional(json, "format") ?? JsonRead.Optional(json, alternative)) is { } value ? JsonRead.String(value) : null;

    private static JObject? OptionalObject(JObject json, string name) => JsonRead.Optional(json, name) is { } value ? JsonRead.Object(value) : null;

    private static List<MatchingRule> EachRules(JObject json) =>
        JsonRead.Optional(json, "rules") is { } rules ? [.. JsonRead.Array(rules).Select(ReadRule)] : [];

    private static StatusCodeRule ReadStatusCode(JObject json)
    {
        var status = JsonRead.Optional(json, "status");
        return status switch
        {
            null => new StatusCodeRule(StatusCodeGroup.Success),
            { Type: JTokenType.String } when StatusCodeRule.GroupNames.TryGetValue(status.Value<string>()!, out var group) => new StatusCodeRule(group),
            JArray codes => new StatusCodeRule([.. codes.Select(c => JsonRead.Integer(c, 100))]),
            _ => throw JsonRead.Error(status, "'status' must be info, success, redirect, clientError, serverError, nonError, error, or an array of status codes"),
        };
    }

    private static ArrayContainsVariant ReadVariant(JToken token)
    {
        var json = JsonRead.Object(token);
        var index = JsonRead.Optional(json, "index") is { } i ? JsonRead.Integer(i, 0) : 0;
        var variant = JsonRead.Optional(json, "rules") is { } r
            ? new ArrayContainsVariant(index, ReadCategory(MatchingRules.Body, r), [])
            : ArrayContainsVariant.ByEquality(index);
        return JsonRead.Optional(json, "generators") is { } g
            ? variant with { Generators = GeneratorReader.ReadCategory(MatchingRules.Body, g) }
            : variant;
    }

    private static DocPath ParsePath(string expression, JToken at) =>
        DocPath.TryParse(expression, out var path, out var error) ? path : throw JsonRead.Error(at, error);
}
