using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>
/// The value must be an integer: a JSON integer in bodies; in headers, query parameters and other text, a string of
/// digits with an optional sign.
/// </summary>
public sealed record IntegerRule : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "integer";

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) =>
        actual.Type == JTokenType.Integer ? null : $"Expected {JsonDisplay.Describe(actual)} to be an integer";

    internal override string? MatchText(string expected, string actual, bool cascaded) =>
        NumberText.IsInteger(actual) ? null : $"Expected '{actual}' to match an integer number";

    internal override string? MatchStatus(int expected, int actual, bool cascaded) => null;

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;
}
