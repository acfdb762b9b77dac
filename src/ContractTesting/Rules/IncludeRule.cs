using System.Globalization;
using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>The value's text must contain a substring.</summary>
/// <param name="Value">The substring.</param>
public sealed record IncludeRule(string Value) : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "include";

    private protected override void WriteAttributes(JObject json) => json["value"] = Value;

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) => Check(JsonDisplay.TextOf(actual));

    internal override string? MatchText(string expected, string actual, bool cascaded) => Check(actual);

    internal override string? MatchStatus(int expected, int actual, bool cascaded) => Check(actual.ToString(CultureInfo.InvariantCulture));

    internal override string? MatchBytes(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, bool cascaded) =>
        Utf8Text.TryDecode(actual, out var text) ? Check(text) : "Could not read the actual bytes as UTF-8 text";

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;

    private string? Check(string text) =>
        text.Contains(Value, StringComparison.Ordinal) ? null : $"Expected '{text}' to include '{Value}'";
}
