using System.Globalization;

namespace ContractTesting.Rules;

/// <summary>Whether text reads as a number, for rules applied to headers, query parameters and other text.</summary>
internal static class NumberText
{
    public static bool IsInteger(string text) =>
        text.Length > 0 && System.Numerics.BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    public static bool IsNumber(string text) =>
        text.Length > 0 && !text.Any(char.IsWhiteSpace) &&
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);
}
