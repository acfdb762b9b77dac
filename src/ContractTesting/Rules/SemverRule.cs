using System.Text.RegularExpressions;
using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>The value must be a semantic version as defined by semver.org 2.0.0 (e.g. <c>1.0.0</c>, <c>2.1.3-beta.1+build.5</c>).</summary>
public sealed partial record SemverRule : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "semver";

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) =>
        actual.Type == JTokenType.String
            ? Check(actual.Value<string>()!)
            : $"Expected something that matches a semantic version, but got {JsonDisplay.Describe(actual)}";

    internal override string? MatchText(string expected, string actual, bool cascaded) => Check(actual);

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;

    private static string? Check(string text) =>
        SemanticVersion().IsMatch(text) ? null : $"'{text}' is not a valid semantic version";

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?\z")]
    private static partial Regex SemanticVersion();
}
