using System.Globalization;
using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>The value's text must match a regular expression as a whole (.NET syntax).</summary>
/// <param name="Pattern">The regular expression.</param>
public sealed record RegexRule(string Pattern) : MatchingRule
{
    /// <inheritdoc />
    public override string Name => "regex";

    private protected override void WriteAttributes(JObject json) => json["regex"] = Pattern;

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) => Check(JsonDisplay.TextOf(actual));

    internal override string? MatchText(string expected, string actual, bool cascaded) => Check(actual);

    internal override string? MatchStatus(int expected, int actual, bool cascaded) => Check(actual.ToString(CultureInfo.InvariantCulture));

    internal override string? MatchBytes(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, bool cascaded) =>
        Utf8Text.TryDecode(actual, out var text) ? Check(text) : "Could not read the actual bytes as UTF-8 text";

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;

    private string? Check(string text)
    {
        if (!RegexCache.TryGet(Pattern, out var regex, out var error))
        {
            return error;
        }

        return regex.IsMatch(text) ? null : $"Expected '{text}' to match '{Pattern}'";
    }
}
