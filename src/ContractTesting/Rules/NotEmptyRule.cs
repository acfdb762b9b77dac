using System.Xml.Linq;
using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>The value must be of the expected type and not empty: no empty string, list, map or body, and not null.</summary>
public sealed record NotEmptyRule : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "notEmpty";

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) => actual switch
    {
        { Type: JTokenType.Null or JTokenType.Undefined } => "Expected non-empty value but got a NULL",
        { Type: JTokenType.String } when actual.Value<string>()!.Length == 0 => "Expected '' (String) to not be empty",
        JContainer container => MatchCollection(container, container, cascaded),
        _ => null,
    };

    internal override string? MatchText(string expected, string actual, bool cascaded) =>
        actual.Length == 0 ? "Expected '' (String) to not be empty" : null;

    internal override string? MatchBytes(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, bool cascaded) =>
        actual.IsEmpty ? "Expected [] (0 bytes) to not be empty" : null;

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) =>
        actual.Count > 0 ? null : $"Expected {PactJson.Canonical(actual)} ({JsonDisplay.TypeOf(actual)}) to not be empty";

    internal override string? MatchElement(XElement expected, XElement actual, bool cascaded) =>
        actual.Nodes().Any() ? null : $"Expected <{actual.Name.LocalName}> to have at least one child";
}
