using ContractTesting.Rules;

namespace ContractTesting.Tests.Support;

/// <summary>Builds matching rules from path expressions: <c>RuleSet.Of("body", ("$.id", new IntegerRule()))</c>.</summary>
internal static class RuleSet
{
    /// <summary>Rules of one category, one rule per path.</summary>
    public static MatchingRules Of(string category, params (string Path, MatchingRule Rule)[] rules) => new([Category(category, rules)]);

    /// <summary>Rules of one category, a rule list per path (for several rules, or OR logic).</summary>
    public static MatchingRules Of(string category, params (string Path, RuleList List)[] lists) => new([Category(category, lists)]);

    /// <summary>Rules of several categories.</summary>
    public static MatchingRules Of(params MatchingRuleCategory[] categories) => new(categories);

    /// <summary>A category with one rule per path.</summary>
    public static MatchingRuleCategory Category(string category, params (string Path, MatchingRule Rule)[] rules) =>
        Category(category, [.. rules.Select(r => (r.Path, new RuleList(r.Rule)))]);

    /// <summary>A category with a rule list per path.</summary>
    public static MatchingRuleCategory Category(string category, params (string Path, RuleList List)[] lists) =>
        new(category, lists.Select(l => new KeyValuePair<DocPath, RuleList>(DocPath.Parse(l.Path), l.List)));
}
