using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>The value must be a boolean: JSON <c>true</c>/<c>false</c>, or the text "true" or "false".</summary>
public sealed record BooleanRule : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "boolean";

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) =>
        actual.Type == JTokenType.Boolean || (actual.Type == JTokenType.String && IsBooleanText(actual.Value<string>()!))
            ? null
            : $"Expected {JsonDisplay.Describe(actual)} to match a boolean";

    internal override string? MatchText(string expected, string actual, bool cascaded) =>
        IsBooleanText(actual) ? null : $"Expected '{actual}' (String) to match a boolean";

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;

    private static bool IsBooleanText(string text) => text is "true" or "false";
}
