using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>
/// Every value of a map or item of a list must satisfy the given rules, whatever its key or position. Does not cascade.
/// </summary>
/// <param name="Rules">The rules each value must pass.</param>
/// <param name="Value">The example kept in the pact file (<c>value</c>), or <see langword="null"/>.</param>
/// <param name="Generator">A generator definition kept in the pact file (<c>generator</c>), or <see langword="null"/>.</param>
public sealed record EachValueRule(IReadOnlyList<MatchingRule> Rules, JToken? Value = null, JObject? Generator = null) : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "eachValue";

    internal override bool Cascades => false;

    internal override bool AppliesToValues => true;

    private protected override void WriteAttributes(JObject json) => EachRuleJson.Write(json, Rules, Value, Generator);

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;

    /// <summary>Whether both rules hold equal rules, example and generator.</summary>
    public bool Equals(EachValueRule? other) =>
        other is not null && Models.Equality.Lists(Rules, other.Rules) && JToken.DeepEquals(Value, other.Value) && JToken.DeepEquals(Generator, other.Generator);

    /// <inheritdoc />
    public override int GetHashCode() => Rules.Count;
}
