using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Matching;

/// <summary>
/// Compares parameters: query parameters and, with another noun, form fields: every expected parameter must be present with its
/// values in order, and no unexpected parameter may appear. Specification V1 compares the decoded query strings as text.
/// </summary>
internal static class ParameterComparer
{
    public static void Compare(QueryCollection expected, QueryCollection actual, MatchingContext context, List<Mismatch> into)
    {
        if (context.Specification == PactSpecification.V1)
        {
            CompareAsText(expected, actual, context, into);
            return;
        }

        Compare(ToLists(expected), ToLists(actual), context, into, "query parameter", name => name);
    }

    /// <summary>Compares parameter maps; <paramref name="noun"/> names them in messages and <paramref name="locate"/> gives each mismatch's location.</summary>
    public static void Compare(
        IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> expected,
        IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> actual,
        MatchingContext context,
        List<Mismatch> into,
        string noun,
        Func<string, string> locate)
    {
        var actualByName = actual.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (name, expectedValues) in expected)
        {
            var e = Show(expectedValues);
            if (!actualByName.Remove(name, out var actualValues))
            {
                into.Add(new Mismatch(context.Part, locate(name), e, null, $"Expected {noun} '{name}' but was missing"));
                continue;
            }

            foreach (var failure in CompareValues(name, expectedValues, actualValues, context, noun))
            {
                into.Add(new Mismatch(context.Part, locate(name), e, Show(actualValues), failure));
            }
        }

        foreach (var (name, values) in actualByName)
        {
            into.Add(new Mismatch(context.Part, locate(name), null, Show(values), $"Unexpected {noun} '{name}' received"));
        }
    }

    private static List<string> CompareValues(string name, IReadOnlyList<string> expected, IReadOnlyList<string> actual, MatchingContext context, string noun)
    {
        var path = DocPath.Root.JoinField(name);
        if (context.IsDefinedFor(path))
        {
            return StringListComparer.Compare(path, expected, actual, context, (itemPath, e, a, itemContext) => CompareValue(name, itemPath, e, a, itemContext, noun));
        }

        if (expected.Count == 0 && actual.Count > 0)
        {
            return [$"Expected an empty parameter list for '{name}' but received {Show(actual)}"];
        }

        var failures = new List<string>();
        for (var index = 0; index < Math.Max(expected.Count, actual.Count); index++)
        {
            if (index >= expected.Count)
            {
                continue;
            }

            if (index < actual.Count)
            {
                failures.AddRange(CompareValue(name, path.JoinIndex(index), expected[index], actual[index], context, noun));
            }
            else
            {
                failures.Add($"Expected {noun} '{name}' value '{expected[index]}' but was missing");
            }
        }

        if (expected.Count != actual.Count)
        {
            failures.Add($"Expected {noun} '{name}' with {expected.Count} value(s) but received {actual.Count} value(s)");
        }

        return failures;
    }

    private static List<string> CompareValue(string name, DocPath path, string expected, string actual, MatchingContext context, string noun)
    {
        if (context.IsDefinedFor(path))
        {
            return MatchingContext.Apply(path, context.Select(path), (rule, cascaded) => rule.MatchText(expected, actual, cascaded));
        }

        return expected == actual ? [] : [$"Expected {noun} '{name}' with value '{expected}' but was '{actual}'"];
    }

    // V1 decides on the text alone. When the parameters themselves differ, the mismatches name them (as later versions
    // do); only a difference of order or encoding is reported as the whole query string.
    private static void CompareAsText(QueryCollection expected, QueryCollection actual, MatchingContext context, List<Mismatch> into)
    {
        var e = QueryCollection.Decode(expected.ToQueryString());
        var a = QueryCollection.Decode(actual.ToQueryString());
        if (e == a)
        {
            return;
        }

        var byParameter = new List<Mismatch>();
        Compare(ToLists(expected), ToLists(actual), context, byParameter, "query parameter", name => name);
        into.AddRange(byParameter.Count > 0
            ? byParameter
            : [new Mismatch(context.Part, string.Empty, e, a, $"Expected query string '{e}' but received '{a}'")]);
    }

    private static List<KeyValuePair<string, IReadOnlyList<string>>> ToLists(QueryCollection query) =>
        [.. query.Select(p => new KeyValuePair<string, IReadOnlyList<string>>(p.Key, [.. p.Value.Select(v => v ?? string.Empty)]))];

    private static string Show(IReadOnlyList<string> values) => "[" + string.Join(", ", values.Select(v => $"'{v}'")) + "]";
}
