using System.Xml.Linq;
using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>The value must equal the expected value. On a path below a type rule, this switches type matching off again.</summary>
public sealed record EqualityRule : MatchingRule
{
    /// <summary>The rule used where no other rule applies.</summary>
    internal static EqualityRule Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "equality";

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) =>
        PactJson.ValueEquals(expected, actual) ? null : $"Expected {JsonDisplay.Describe(actual)} to be equal to {JsonDisplay.Describe(expected)}";

    internal override string? MatchText(string expected, string actual, bool cascaded) =>
        expected == actual ? null : $"Expected '{actual}' to be equal to '{expected}'";

    internal override string? MatchStatus(int expected, int actual, bool cascaded) =>
        expected == actual ? null : $"Expected {actual} to be equal to {expected}";

    internal override string? MatchBytes(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, bool cascaded) =>
        expected.SequenceEqual(actual) ? null : $"Expected {actual.Length} byte(s) to be equal to the expected {expected.Length} byte(s)";

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) =>
        PactJson.ValueEquals(expected, actual) ? null : $"Expected {PactJson.Canonical(actual)} to be equal to {PactJson.Canonical(expected)}";

    internal override string? MatchElement(XElement expected, XElement actual, bool cascaded)
    {
        if (expected.Name == actual.Name)
        {
            return null;
        }

        // With the same local name, only the namespace differs, so the message must show it.
        var sameLocalName = expected.Name.LocalName == actual.Name.LocalName;
        return $"Expected <{Show(actual.Name, sameLocalName)}> to be equal to <{Show(expected.Name, sameLocalName)}>";
    }

    private static string Show(XName name, bool withNamespace) =>
        withNamespace && name.NamespaceName.Length > 0 ? $"{{{name.NamespaceName}}}{name.LocalName}" : name.LocalName;
}
