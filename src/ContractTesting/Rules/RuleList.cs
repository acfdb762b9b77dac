namespace ContractTesting.Rules;

/// <summary>The rules that apply at one path, and how they combine.</summary>
/// <param name="Rules">The rules, in order.</param>
/// <param name="Logic">AND (all must pass, the default) or OR (one must pass).</param>
public sealed record RuleList(IReadOnlyList<MatchingRule> Rules, RuleLogic Logic = RuleLogic.And)
{
    /// <summary>A list with one rule.</summary>
    public RuleList(MatchingRule rule)
        : this([rule])
    {
    }

    /// <summary>Whether the list has no rules.</summary>
    public bool IsEmpty => Rules.Count == 0;

    /// <summary>Whether the list holds a type rule.</summary>
    internal bool HasTypeRule => Rules.Any(r => r.IsTypeRule);

    /// <summary>Whether both lists hold equal rules in the same order, with the same logic.</summary>
    public bool Equals(RuleList? other) => other is not null && Logic == other.Logic && Models.Equality.Lists(Rules, other.Rules);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Logic, Rules.Count);
}
