using ContractTesting.Json;
using ContractTesting.Temporal;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Rules;

/// <summary>
/// The shared behaviour of <see cref="DateRule"/>, <see cref="TimeRule"/> and <see cref="DateTimeRule"/>: the value's
/// text must match a date/time pattern in the syntax of Java's <c>DateTimeFormatter</c> (<c>yyyy-MM-dd</c>,
/// <c>HH:mm:ss</c>, …), which is the syntax the Pact specification uses.
/// </summary>
public abstract record TemporalRule : MatchingRule
{
    private protected TemporalRule(string? format)
    {
        Format = format;
    }

    /// <summary>The pattern, or <see langword="null"/> for the default of the rule type.</summary>
    public string? Format { get; init; }

    /// <summary>The pattern in force: <see cref="Format"/> or the default.</summary>
    public string EffectiveFormat => string.IsNullOrEmpty(Format) ? DefaultFormat : Format;

    /// <summary>The pattern used when none is given.</summary>
    private protected abstract string DefaultFormat { get; }

    /// <summary>"date", "time" or "timestamp", as used in messages.</summary>
    private protected abstract string Kind { get; }

    private protected override void WriteAttributes(JObject json)
    {
        if (Format is not null)
        {
            json["format"] = Format;
        }
    }

    internal override string? MatchJson(JToken expected, JToken actual, bool cascaded) => Check(JsonDisplay.TextOf(actual));

    internal override string? MatchText(string expected, string actual, bool cascaded) => Check(actual);

    internal override string? MatchCollection(JContainer expected, JContainer actual, bool cascaded) => null;

    private string? Check(string text)
    {
        DateTimePattern pattern;
        try
        {
            pattern = DateTimePattern.Parse(EffectiveFormat);
        }
        catch (FormatException e)
        {
            return $"'{EffectiveFormat}' is not a valid {Kind} pattern - {e.Message}";
        }

        return pattern.IsMatch(text) ? null : $"Expected '{text}' to match a {Kind} pattern of '{EffectiveFormat}'";
    }
}
