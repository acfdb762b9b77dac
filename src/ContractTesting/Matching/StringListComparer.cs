using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Matching;

/// <summary>
/// Compares lists of text values (the values of a query parameter or header) under the rules at a path: each rule
/// checks the list as a whole, then every actual value is compared with the expected value at its index (or the first).
/// </summary>
internal static class StringListComparer
{
    public delegate List<string> ItemComparer(DocPath path, string expected, string actual, MatchingContext context);

    public static List<string> Compare(DocPath path, IReadOnlyList<string> expected, IReadOnlyList<string> actual, MatchingContext context, ItemComparer compareItem)
    {
        var selected = context.Select(path);
        if (selected.IsEmpty)
        {
            return [$"No matcher found for path '{path}'"];
        }

        var results = selected.List.Rules.Select(rule => CompareWithRule(path, rule, selected.Cascaded, expected, actual, context, compareItem)).ToList();
        return selected.List.Logic == RuleLogic.Or && results.Any(r => r.Count == 0) ? [] : [.. results.SelectMany(r => r)];
    }

    private static List<string> CompareWithRule(DocPath path, MatchingRule rule, bool cascaded, IReadOnlyList<string> expected, IReadOnlyList<string> actual, MatchingContext context, ItemComparer compareItem)
    {
        var failures = new List<string>();
        if (expected.Count == 0)
        {
            return failures;
        }

        var itemContext = context;
        if (rule is EachValueRule each && !cascaded)
        {
            itemContext = JsonComparer.ForEachValue(path, each, context);
        }
        else if (rule.MatchCollection(new JArray(expected), new JArray(actual), cascaded) is { } failure)
        {
            failures.Add(failure);
        }

        for (var index = 0; index < Math.Max(expected.Count, actual.Count); index++)
        {
            var expectedItem = index < expected.Count ? expected[index] : expected[0];
            var itemPath = path.JoinIndex(index);
            if (index < actual.Count)
            {
                failures.AddRange(compareItem(itemPath, expectedItem, actual[index], itemContext));
            }
            else if (!itemContext.IsDefinedFor(itemPath))
            {
                failures.Add($"Expected '{expectedItem}' ({index}) but was missing");
            }
        }

        return failures;
    }
}
