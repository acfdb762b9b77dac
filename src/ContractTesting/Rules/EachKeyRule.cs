using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>Every key of a map must satisfy the given rules. Does not cascade.</summary>
/// <param name="Rules">The rules each key must pass.</param>
/// <param name="Value">The example key kept in the pact file (<c>value</c>), or <see langword="null"/>.</param>
/// <param name="Generator">A generator definition kept in the pact file (<c>generator</c>), or <see langword="null"/>.</param>
public sealed record EachKeyRule(IReadOnlyList<MatchingRule> Rules, JToken? Value = null, JObject? Generator = null) : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "eachKey";

    internal override bool Cascades => false;

    private protected override void WriteAttributes(JObject json) => EachRuleJson.Write(json, Rules, Value, Generator);

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;

    /// <summary>Whether both rules hold equal rules, example and generator.</summary>
    public bool Equals(EachKeyRule? other) =>
        other is not null && Models.Equality.Lists(Rules, other.Rules) && JToken.DeepEquals(Value, other.Value) && JToken.DeepEquals(Generator, other.Generator);

    /// <inheritdoc />
    public override int GetHashCode() => Rules.Count;
}
