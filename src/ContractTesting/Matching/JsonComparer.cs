using ContractTesting.Json;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Matching;

/// <summary>
/// Compares JSON values path by path. Where a rule applies to a path it decides; elsewhere values must be equal,
/// maps must have the expected keys (exactly, for requests) and lists the expected items in order.
/// </summary>
internal static class JsonComparer
{
    public static void Compare(DocPath path, JToken expected, JToken actual, MatchingContext context, List<Mismatch> into)
    {
        switch (expected, actual)
        {
            case (JObject e, JObject a):
                CompareMaps(path, e, a, context, into);
                break;
            case (JArray e, JArray a):
                ListComparer.Compare(path, e, a, context, into);
                break;
            case (JObject or JArray, _):
                into.Add(context.Mismatch(path, PactJson.Canonical(expected), PactJson.Canonical(actual),
                    $"Type mismatch: Expected {JsonDisplay.Describe(actual)} to be the same type as {JsonDisplay.Describe(expected)}"));
                break;
            default:
                CompareValues(path, expected, actual, context, into);
                break;
        }
    }

    private static void CompareMaps(DocPath path, JObject expected, JObject actual, MatchingContext context, List<Mismatch> into)
    {
        if (expected.Count == 0 && !context.AllowUnexpectedKeys && actual.Count > 0)
        {
            into.Add(context.Mismatch(path, "{}", PactJson.Canonical(actual), $"Expected an empty Map but received {PactJson.Canonical(actual)}"));
            return;
        }

        if (!context.IsDefinedFor(path))
        {
            CompareEntries(path, expected, actual, context, into);
            return;
        }

        var selected = context.Select(path);
        var compareEntries = false;
        foreach (var rule in selected.List.Rules)
        {
            if (!selected.Cascaded && rule.AppliesToValues)
            {
                CompareValuesOfMap(path, rule, expected, actual, context, into);
                continue;
            }

            if (rule.MatchCollection(expected, actual, selected.Cascaded) is { } failure)
            {
                into.Add(context.Mismatch(path, PactJson.Canonical(expected), PactJson.Canonical(actual), failure));
            }

            compareEntries = true;
        }

        if (compareEntries)
        {
            CompareEntries(path, expected, actual, context, into);
        }
    }

    private static void CompareEntries(DocPath path, JObject expected, JObject actual, MatchingContext context, List<Mismatch> into)
    {
        var expectedKeys = expected.Properties().Select(p => p.Name).ToList();
        var actualKeys = actual.Properties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        context.MatchKeys(path, expectedKeys, actualKeys, () => PactJson.Canonical(expected), () => PactJson.Canonical(actual), into);
        foreach (var property in expected.Properties())
        {
            if (actual.TryGetValue(property.Name, StringComparison.Ordinal, out var value))
            {
                Compare(path.Join(property.Name), property.Value, value, context, into);
            }
        }
    }

    // A values-style rule frees the keys: each actual entry is compared with the expected entry of the same key, or
    // with the first expected entry. eachValue brings its own rules for the entries instead of the surrounding ones.
    private static void CompareValuesOfMap(DocPath path, MatchingRule rule, JObject expected, JObject actual, MatchingContext context, List<Mismatch> into)
    {
        var entryContext = rule is EachValueRule each ? ForEachValue(path, each, context) : context;
        var first = expected.Properties().FirstOrDefault()?.Value;
        foreach (var property in actual.Properties())
        {
            var expectedValue = expected.TryGetValue(property.Name, StringComparison.Ordinal, out var value) ? value : first;
            if (expectedValue is not null)
            {
                Compare(path.Join(property.Name), expectedValue, property.Value, entryContext, into);
            }
        }
    }

    internal static MatchingContext ForEachValue(DocPath path, EachValueRule rule, MatchingContext context) =>
        context.WithRules(new MatchingRuleCategory(context.Rules.Name, [new(path.Append(PathToken.Star), new RuleList(rule.Rules))]));

    private static void CompareValues(DocPath path, JToken expected, JToken actual, MatchingContext context, List<Mismatch> into)
    {
        foreach (var failure in context.Evaluate(path, (rule, cascaded) => rule.MatchJson(expected, actual, cascaded)))
        {
            into.Add(context.Mismatch(path, PactJson.Canonical(expected), PactJson.Canonical(actual), failure));
        }
    }
}
