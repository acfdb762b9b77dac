using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Matching;

/// <summary>
/// What a comparison knows while it walks a part: the rules of the part's category, whether unexpected keys are
/// allowed (responses and messages) or not (requests), and which part mismatches belong to.
/// </summary>
internal sealed class MatchingContext(MatchingRuleCategory rules, bool allowUnexpectedKeys, MismatchPart part, PactSpecification specification)
{
    public MatchingRuleCategory Rules { get; } = rules;

    public bool AllowUnexpectedKeys { get; } = allowUnexpectedKeys;

    public MismatchPart Part { get; } = part;

    public PactSpecification Specification { get; } = specification;

    public bool IsDefinedFor(DocPath path) => Rules.IsDefinedFor(path);

    public SelectedRules Select(DocPath path) => Rules.Select(path);

    public bool TypeRuleDefinedFor(DocPath path) => Rules.TypeRuleDefinedFor(path);

    public MatchingContext WithRules(MatchingRuleCategory rules) => new(rules, AllowUnexpectedKeys, Part, Specification);

    /// <summary>Whether a rule defined exactly at the path (not inherited) is one of the named kinds; any rule when none are named.</summary>
    public bool RuleDefinedAt(DocPath path, params string[] names)
    {
        var list = Rules.ExactlyAt(path);
        return list is not null && !list.IsEmpty && (names.Length == 0 || list.Rules.Any(r => names.Contains(r.Name)));
    }

    public Mismatch Mismatch(DocPath path, string? expected, string? actual, string message) =>
        new(Part, path.Expression, expected, actual, message);

    /// <summary>
    /// Checks a value at a path: with the rules that apply there, or by equality where none do. Returns the failure messages.
    /// </summary>
    /// <param name="path">Where the value is.</param>
    /// <param name="check">Applies one rule to the value (the same check serves the equality fallback).</param>
    public List<string> Evaluate(DocPath path, Func<MatchingRule, bool, string?> check) =>
        IsDefinedFor(path) ? Apply(path, Select(path), check) : check(EqualityRule.Instance, false) is { } failure ? [failure] : [];

    /// <summary>
    /// Applies the selected rules to a value: AND needs every rule to pass, OR one of them. Returns the failure messages.
    /// </summary>
    public static List<string> Apply(DocPath path, SelectedRules selected, Func<MatchingRule, bool, string?> check)
    {
        if (selected.IsEmpty)
        {
            return [$"No matcher found for path '{path}'"];
        }

        var failures = new List<string>();
        var passed = 0;
        foreach (var rule in selected.List.Rules)
        {
            if (check(rule, selected.Cascaded) is { } failure)
            {
                failures.Add(failure);
            }
            else
            {
                passed++;
            }
        }

        return selected.List.Logic == RuleLogic.Or && passed > 0 ? [] : failures;
    }

    /// <summary>
    /// Compares the keys of two maps: requests must have exactly the expected keys, responses at least them; eachKey rules
    /// check every actual key. Key checks are skipped where a values, eachValue or eachKey rule is defined at the path.
    /// </summary>
    public void MatchKeys(DocPath path, IReadOnlyCollection<string> expected, IReadOnlyCollection<string> actual, Func<string> expectedText, Func<string> actualText, List<Mismatch> into)
    {
        if (!RuleDefinedAt(path, "values", "eachValue", "eachKey"))
        {
            var missing = expected.Where(k => !actual.Contains(k)).ToList();
            if (AllowUnexpectedKeys && missing.Count > 0)
            {
                into.Add(Mismatch(path, expectedText(), actualText(), $"Actual map is missing the following keys: {string.Join(", ", missing)}"));
            }
            else if (!AllowUnexpectedKeys && (missing.Count > 0 || actual.Any(k => !expected.Contains(k))))
            {
                var e = string.Join(", ", expected.Order(StringComparer.Ordinal));
                var a = string.Join(", ", actual.Order(StringComparer.Ordinal));
                into.Add(Mismatch(path, expectedText(), actualText(), $"Expected a Map with keys [{e}] but received one with keys [{a}]"));
            }
        }

        if (Rules.ExactlyAt(path) is null)
        {
            return;
        }

        foreach (var eachKey in Select(path).List.Rules.OfType<EachKeyRule>())
        {
            foreach (var rule in eachKey.Rules)
            {
                foreach (var key in actual.Order(StringComparer.Ordinal))
                {
                    if (rule.MatchText(string.Empty, key, false) is { } failure)
                    {
                        into.Add(Mismatch(path.Join(key), string.Empty, key, failure));
                    }
                }
            }
        }
    }
}
