using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>
/// The value must be a number: a JSON number in bodies (a number inside a string does not match); in headers, query
/// parameters and other text, text that reads as a number.
/// </summary>
public sealed record NumberRule : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "number";

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) =>
        actual.Type is JTokenType.Integer or JTokenType.Float ? null : $"Expected {JsonDisplay.Describe(actual)} to be a number";

    internal override string? MatchText(string expected, string actual, bool cascaded) =>
        NumberText.IsNumber(actual) ? null : $"Expected '{actual}' to match a number";

    internal override string? MatchStatus(int expected, int actual, bool cascaded) => null;

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;
}
