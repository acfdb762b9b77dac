using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>
/// The actual list must contain, in any order, an item matching each variant; other items are allowed.
/// Each variant is an expected item with its own rules.
/// </summary>
/// <param name="Variants">The variants. When empty, every expected item must be found, compared by equality.</param>
public sealed record ArrayContainsRule(IReadOnlyList<ArrayContainsVariant> Variants) : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "arrayContains";

    internal override bool AppliesToValues => true;

    private protected override void WriteAttributes(JObject json) =>
        json["variants"] = new JArray(Variants.Select(v =>
        {
            var variant = new JObject
            {
                ["index"] = v.Index,
                ["rules"] = RuleJson.CategoryToJson(v.Rules),
            };
            if (v.Generators.Count > 0)
            {
                variant["generators"] = new JObject(v.Generators.Select(g => new JProperty(g.Key.Expression, g.Value.ToJson())));
            }

            return variant;
        }));

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;

    /// <summary>Whether both rules hold equal variants in the same order.</summary>
    public bool Equals(ArrayContainsRule? other) => other is not null && Models.Equality.Lists(Variants, other.Variants);

    /// <inheritdoc />
    public override int GetHashCode() => Variants.Count;
}
