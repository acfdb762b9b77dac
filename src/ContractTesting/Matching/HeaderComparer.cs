using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Matching;

/// <summary>
/// Compares headers: names case-insensitively, every expected header must be present, unexpected headers are allowed.
/// Values of list-valued headers (Accept, Cache-Control, …) are split at commas and compared one by one; Accept and
/// Content-Type values compare by media type and the expected parameters (charset case-insensitively).
/// </summary>
internal static class HeaderComparer
{
    private static readonly HashSet<string> ListValued = new(StringComparer.OrdinalIgnoreCase)
    {
        "accept", "accept-encoding", "accept-language", "access-control-allow-headers", "access-control-allow-methods",
        "access-control-expose-headers", "access-control-request-headers", "allow", "cache-control", "if-match",
        "if-none-match", "vary",
    };

    private static readonly HashSet<string> Parameterised = new(StringComparer.OrdinalIgnoreCase) { "accept", "content-type" };

    public static void Compare(HeaderCollection expected, HeaderCollection actual, MatchingContext context, List<Mismatch> into)
    {
        var lowerCaseContext = context.WithRules(context.Rules.WithLowerCaseNames());
        foreach (var (name, rawExpected) in expected)
        {
            if (!actual.TryGetValue(name, out var rawActual))
            {
                into.Add(new Mismatch(MismatchPart.Header, name, string.Join(", ", rawExpected), null, $"Expected a header '{name}' but was missing"));
                continue;
            }

            var expectedValues = Values(name, rawExpected);
            var actualValues = Values(name, rawActual);
            foreach (var failure in CompareValues(name, expectedValues, actualValues, lowerCaseContext))
            {
                into.Add(new Mismatch(MismatchPart.Header, name, string.Join(", ", rawExpected), string.Join(", ", rawActual), failure));
            }
        }
    }

    /// <summary>Whether an actual header value satisfies an expected one (used for the Content-Type of bodies).</summary>
    internal static bool ValueMatches(string name, string expected, string actual, MatchingContext context) =>
        CompareValue(name, 0, expected, actual, context.WithRules(context.Rules.WithLowerCaseNames()), single: true).Count == 0;

    private static List<string> Values(string name, IReadOnlyList<string> values) =>
        ListValued.Contains(name)
            ? [.. values.SelectMany(v => v.Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0)]
            : [.. values.Select(v => v.Trim())];

    private static List<string> CompareValues(string name, List<string> expected, List<string> actual, MatchingContext context)
    {
        if (expected.Count == 0)
        {
            return actual.Count == 0 ? [] : [$"Expected an empty header '{name}' but actual value was '{string.Join(", ", actual)}'"];
        }

        var path = DocPath.Root.JoinField(name.ToLowerInvariant());
        if (expected.Count == 1 && actual.Count == 1)
        {
            return CompareValue(name, 0, expected[0], actual[0], context, single: true);
        }

        if (context.IsDefinedFor(path))
        {
            return StringListComparer.Compare(path, expected, actual, context, (itemPath, e, a, itemContext) =>
                CompareValue(name, itemPath.Tokens[^1].Index, e, a, itemContext, single: false));
        }

        if (!ListValued.Contains(name) && expected.Count != actual.Count)
        {
            // "a, b" sent as one header line is the same header as two lines "a" and "b".
            return CompareValue(name, 0, string.Join(", ", expected), string.Join(", ", actual), context, single: true);
        }

        var failures = new List<string>();
        for (var index = 0; index < expected.Count; index++)
        {
            failures.AddRange(index < actual.Count
                ? CompareValue(name, index, expected[index], actual[index], context, single: false)
                : [$"Mismatch with header '{name}': Expected value '{expected[index]}' at index {index} but was missing (actual has {actual.Count} value(s))"]);
        }

        return failures;
    }

    private static List<string> CompareValue(string name, int index, string expected, string actual, MatchingContext context, bool single)
    {
        var path = DocPath.Root.JoinField(name.ToLowerInvariant());
        var indexed = path.JoinIndex(index);
        var suffix = single ? string.Empty : $" for value at index {index}";
        List<string> failures;
        if (context.IsDefinedFor(path) || context.IsDefinedFor(indexed))
        {
            var at = context.IsDefinedFor(path) ? path : indexed;
            failures = MatchingContext.Apply(at, context.Select(at), (rule, cascaded) => rule.MatchText(expected, actual, cascaded))
                .Select(f => f + suffix).ToList();
        }
        else if (Parameterised.Contains(name))
        {
            failures = MediaTypeMatches(expected, actual)
                ? []
                : [single
                    ? $"Expected header '{name}' to have value '{expected}' but was '{actual}'"
                    : $"Expected header '{name}' at index {index} to have value '{expected}' but was '{actual}'"];
        }
        else
        {
            failures = NormaliseCommas(expected) == NormaliseCommas(actual) ? [] : [$"Expected '{actual}' to be equal to '{expected}'{suffix}"];
        }

        return [.. failures.Select(f => $"Mismatch with header '{name}': {f}")];
    }

    /// <summary>
    /// Same media type, and every expected parameter present in the actual value (values case-insensitive). A value that
    /// is not a media type (the pact cases' "alligators") must be equal.
    /// </summary>
    private static bool MediaTypeMatches(string expected, string actual)
    {
        if (!ContentType.TryParse(expected, out var e) || !ContentType.TryParse(actual, out var a))
        {
            return expected == actual;
        }

        return e.MediaType == a.MediaType &&
            e.Parameters.All(p => string.Equals(a.Parameter(p.Key), p.Value, StringComparison.OrdinalIgnoreCase));
    }

    private static string NormaliseCommas(string value) => string.Join(",", value.Split(',').Select(v => v.Trim()));
}
