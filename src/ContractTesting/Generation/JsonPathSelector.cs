using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Generation;

/// <summary>Finds the values of a JSON document that a <see cref="DocPath"/> (with wildcards) points at.</summary>
internal static class JsonPathSelector
{
    public static List<JToken> Select(JToken root, DocPath path)
    {
        IEnumerable<JToken> current = [root];
        foreach (var token in path.Tokens.SkipWhile(t => t.Kind == PathTokenKind.Root))
        {
            current = current.SelectMany(value => Step(value, token)).ToList();
        }

        return [.. current];
    }

    private static IEnumerable<JToken> Step(JToken value, PathToken token) => (value, token.Kind) switch
    {
        (JObject obj, PathTokenKind.Field) => obj.TryGetValue(token.Name!, StringComparison.Ordinal, out var field) ? [field] : [],
        (JArray array, PathTokenKind.Field) when int.TryParse(token.Name, out var i) && i >= 0 && i < array.Count => [array[i]],
        (JArray array, PathTokenKind.Index) => token.Index < array.Count ? [array[token.Index]] : [],
        (JObject obj, PathTokenKind.Index) => obj.TryGetValue(token.Index.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal, out var field) ? [field] : [],
        (JArray array, PathTokenKind.StarIndex or PathTokenKind.Star) => array.Children(),
        (JObject obj, PathTokenKind.Star) => obj.Properties().Select(p => p.Value),
        _ => [],
    };
}
