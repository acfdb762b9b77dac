using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>
/// A map's keys are free: every actual entry is compared with the expected entry of the same key, or with the first
/// expected entry when the key is new. Does not cascade.
/// </summary>
public sealed record ValuesRule : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "values";

    internal override bool Cascades => false;

    internal override bool AppliesToValues => true;

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) =>
        cascaded || PactJson.ValueEquals(expected, actual) ? null : $"Expected {JsonDisplay.Describe(actual)} to be equal to {JsonDisplay.Describe(expected)}";

    internal override string? MatchText(string expected, string actual, bool cascaded) =>
        cascaded || expected == actual ? null : $"Expected '{actual}' to be equal to '{expected}'";

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;
}
