using ContractTesting.Json;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Matching;

/// <summary>
/// Compares JSON lists. Without rules, items compare in order and the lengths must agree. With a rule on the list,
/// the rule checks the list as a whole (size limits, emptiness) and every actual item is compared with the expected
/// item at its index, or with the first expected item when the actual list is longer.
/// </summary>
internal static class ListComparer
{
    public static void Compare(DocPath path, JArray expected, JArray actual, MatchingContext context, List<Mismatch> into)
    {
        if (context.IsDefinedFor(path))
        {
            CompareWithRules(path, context.Select(path), expected, actual, context, into);
        }
        else if (expected.Count == 0 && actual.Count > 0)
        {
            into.Add(context.Mismatch(path, "[]", PactJson.Canonical(actual), $"Expected an empty List but received {PactJson.Canonical(actual)}"));
        }
        else
        {
            CompareInOrder(path, expected, actual, context, into);
            if (expected.Count != actual.Count)
            {
                into.Add(context.Mismatch(path, PactJson.Canonical(expected), PactJson.Canonical(actual),
                    $"Expected a List with {expected.Count} elements but received {actual.Count} elements"));
            }
        }
    }

    private static void CompareWithRules(DocPath path, SelectedRules selected, JArray expected, JArray actual, MatchingContext context, List<Mismatch> into)
    {
        if (selected.IsEmpty)
        {
            into.Add(context.Mismatch(path, PactJson.Canonical(expected), PactJson.Canonical(actual), $"No matcher found for path '{path}'"));
            return;
        }

        var results = selected.List.Rules
            .Select(rule => CompareWithRule(path, rule, selected.Cascaded, expected, actual, context))
            .ToList();
        if (selected.List.Logic == RuleLogic.Or && results.Any(r => r.Count == 0))
        {
            return;
        }

        foreach (var result in results)
        {
            into.AddRange(result);
        }
    }

    private static List<Mismatch> CompareWithRule(DocPath path, MatchingRule rule, bool cascaded, JArray expected, JArray actual, MatchingContext context)
    {
        var mismatches = new List<Mismatch>();
        if (expected.Count == 0)
        {
            // No example item to compare items with, but the list as a whole (its size, equality) is still checked.
            if (rule is not (ArrayContainsRule or EachValueRule) && rule.MatchCollection(expected, actual, cascaded) is { } sizeFailure)
            {
                mismatches.Add(context.Mismatch(path, PactJson.Canonical(expected), PactJson.Canonical(actual), sizeFailure));
            }

            return mismatches;
        }

        switch (rule)
        {
            case ArrayContainsRule contains:
                MatchVariants(path, contains, expected, actual, context, mismatches);
                break;
            case EachValueRule each when !cascaded:
                CompareItems(path, expected, actual, JsonComparer.ForEachValue(path, each, context), mismatches);
                break;
            default:
                if (rule.MatchCollection(expected, actual, cascaded) is { } failure)
                {
                    mismatches.Add(context.Mismatch(path, PactJson.Canonical(expected), PactJson.Canonical(actual), failure));
                }

                CompareItems(path, expected, actual, context, mismatches);
                break;
        }

        return mismatches;
    }

    private static void MatchVariants(DocPath path, ArrayContainsRule rule, JArray expected, JArray actual, MatchingContext context, List<Mismatch> into)
    {
        var variants = rule.Variants.Count > 0
            ? rule.Variants
            : expected.Select((_, index) => ArrayContainsVariant.ByEquality(index)).ToList();
        foreach (var variant in variants)
        {
            if (variant.Index < 0 || variant.Index >= expected.Count)
            {
                into.Add(context.Mismatch(path, PactJson.Canonical(expected), PactJson.Canonical(actual),
                    $"ArrayContains: variant {variant.Index} is missing from the expected list, which has {expected.Count} items"));
                continue;
            }

            var expectedItem = expected[variant.Index];
            var variantContext = context.WithRules(variant.Rules);
            var found = actual.Any(item =>
            {
                var itemMismatches = new List<Mismatch>();
                JsonComparer.Compare(DocPath.Root, expectedItem, item, variantContext, itemMismatches);
                return itemMismatches.Count == 0;
            });
            if (!found)
            {
                into.Add(context.Mismatch(path, PactJson.Canonical(expectedItem), PactJson.Canonical(actual),
                    $"Variant at index {variant.Index} ({PactJson.Canonical(expectedItem)}) was not found in the actual list"));
            }
        }
    }

    private static void CompareItems(DocPath path, JArray expected, JArray actual, MatchingContext context, List<Mismatch> into)
    {
        var count = Math.Max(expected.Count, actual.Count);
        for (var index = 0; index < count; index++)
        {
            var expectedItem = index < expected.Count ? expected[index] : expected[0];
            var itemPath = path.JoinIndex(index);
            if (index < actual.Count)
            {
                JsonComparer.Compare(itemPath, expectedItem, actual[index], context, into);
            }
            else if (!context.IsDefinedFor(itemPath))
            {
                into.Add(context.Mismatch(path, PactJson.Canonical(expected), PactJson.Canonical(actual),
                    $"Expected {PactJson.Canonical(expectedItem)} ({index}) but was missing"));
            }
        }
    }

    private static void CompareInOrder(DocPath path, JArray expected, JArray actual, MatchingContext context, List<Mismatch> into)
    {
        for (var index = 0; index < expected.Count; index++)
        {
            var itemPath = path.JoinIndex(index);
            if (index < actual.Count)
            {
                JsonComparer.Compare(itemPath, expected[index], actual[index], context, into);
            }
            else if (!context.IsDefinedFor(itemPath))
            {
                into.Add(context.Mismatch(path, PactJson.Canonical(expected), PactJson.Canonical(actual),
                    $"Expected {PactJson.Canonical(expected[index])} but was missing"));
            }
        }
    }
}
