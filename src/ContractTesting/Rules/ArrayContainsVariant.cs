using ContractTesting.Generation;

namespace ContractTesting.Rules;

/// <summary>One variant of an <see cref="ArrayContainsRule"/>: the expected item at an index, with its own rules.</summary>
/// <param name="Index">The index of the expected item this variant describes.</param>
/// <param name="Rules">Rules for the item, with paths relative to the item (<c>$.name</c>).</param>
/// <param name="Generators">Generators for the item, with paths relative to the item.</param>
public sealed record ArrayContainsVariant(int Index, MatchingRuleCategory Rules, IReadOnlyList<KeyValuePair<DocPath, Generator>> Generators)
{
    /// <summary>A variant for the expected item at <paramref name="index"/> compared by equality (what a variant without rules means).</summary>
    internal static ArrayContainsVariant ByEquality(int index) =>
        new(index, new MatchingRuleCategory(MatchingRules.Body, [new(DocPath.Empty, new RuleList(EqualityRule.Instance))]), []);

    /// <summary>Whether both variants are for the same index with equal rules and generators.</summary>
    public bool Equals(ArrayContainsVariant? other) =>
        other is not null && Index == other.Index && Rules.Equals(other.Rules) && Models.Equality.Lists(Generators, other.Generators);

    /// <inheritdoc />
    public override int GetHashCode() => Index;
}
