using ContractTesting.Json;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Matching;

/// <summary>
/// Compares message metadata: every expected key must be present with an equal value (or one that satisfies the rules
/// at <c>$.key</c>); content types compare by media type and expected parameters. Extra keys are allowed.
/// </summary>
internal static class MetadataComparer
{
    public static void Compare(IReadOnlyDictionary<string, JToken> expected, IReadOnlyDictionary<string, JToken> actual, MatchingContext context, List<Mismatch> into)
    {
        foreach (var (key, expectedValue) in expected)
        {
            if (!actual.TryGetValue(key, out var actualValue))
            {
                into.Add(new Mismatch(MismatchPart.Metadata, key, JsonDisplay.TextOf(expectedValue), null, $"Expected message metadata '{key}' but was missing"));
                continue;
            }

            foreach (var failure in CompareValue(key, expectedValue, actualValue, context))
            {
                var e = JsonDisplay.TextOf(expectedValue);
                var a = JsonDisplay.TextOf(actualValue);
                into.Add(new Mismatch(MismatchPart.Metadata, key, e, a, $"Expected metadata key '{key}' to have value '{e}' but was '{a}' - {failure}"));
            }
        }
    }

    private static List<string> CompareValue(string key, JToken expected, JToken actual, MatchingContext context)
    {
        var path = DocPath.Root.JoinField(key);
        var isContentType = key.Equals("contentType", StringComparison.OrdinalIgnoreCase) || key.Equals("content-type", StringComparison.OrdinalIgnoreCase);
        if (isContentType && !context.IsDefinedFor(path))
        {
            var matches = Models.ContentType.TryParse(JsonDisplay.TextOf(expected), out var e) &&
                Models.ContentType.TryParse(JsonDisplay.TextOf(actual), out var a) && e.IsEquivalentTo(a);
            return matches ? [] : ["the content types differ"];
        }

        return context.Evaluate(path, (rule, cascaded) =>
            expected.Type == JTokenType.String && actual.Type == JTokenType.String
                ? rule.MatchText(expected.Value<string>()!, actual.Value<string>()!, cascaded)
                : rule.MatchJson(expected, actual, cascaded));
    }
}
