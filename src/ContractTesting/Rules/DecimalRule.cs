using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>
/// The value must be a decimal number: a JSON number with a fractional part in bodies (<c>100</c> does not match);
/// in headers, query parameters and other text, any number.
/// </summary>
public sealed record DecimalRule : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "decimal";

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) =>
        actual.Type == JTokenType.Float ? null : $"Expected {JsonDisplay.Describe(actual)} to be a decimal number";

    internal override string? MatchText(string expected, string actual, bool cascaded) =>
        NumberText.IsNumber(actual) ? null : $"Expected '{actual}' to match a decimal number";

    internal override string? MatchStatus(int expected, int actual, bool cascaded) => $"Expected {actual} to match a decimal number";

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;
}
