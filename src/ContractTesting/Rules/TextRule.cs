using System.Globalization;
using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>
/// The shared behaviour of rules that look at a value's text (<see cref="RegexRule"/>, <see cref="IncludeRule"/>):
/// a JSON string's own text or any other value's JSON, a status code's digits, UTF-8 bytes, an element's text.
/// Lists and maps as a whole are not checked; their items are.
/// </summary>
public abstract record TextRule : MatchingRule
{
    private protected TextRule()
    {
    }

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) => Check(JsonDisplay.TextOf(actual));

    internal override string? MatchText(string expected, string actual, bool cascaded) => Check(actual);

    internal override string? MatchStatus(int expected, int actual, bool cascaded) => Check(actual.ToString(CultureInfo.InvariantCulture));

    internal override string? MatchBytes(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, bool cascaded) =>
        Bodies.TextEncodings.TryDecode(actual, null, out var text) ? Check(text) : "Could not read the actual bytes as UTF-8 text";

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;

    /// <summary>Checks the text; <see langword="null"/> when it passes, else the failure message.</summary>
    private protected abstract string? Check(string text);
}
