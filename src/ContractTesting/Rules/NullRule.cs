using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>The value must be JSON <c>null</c>.</summary>
public sealed record NullRule : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "null";

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) =>
        actual.Type is JTokenType.Null or JTokenType.Undefined ? null : $"Expected {JsonDisplay.Describe(actual)} to be a null value";
}
