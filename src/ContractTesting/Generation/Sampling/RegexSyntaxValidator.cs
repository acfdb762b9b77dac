using System.Globalization;
using System.Text.RegularExpressions;

namespace ContractTesting.Generation.Sampling;

/// <summary>
/// Lets .NET's own parser judge the syntax, so a pattern is rejected exactly when .NET would reject
/// it, with .NET's explanation. The one allowance is the possessive quantifier (<c>a*+</c>) that
/// Java-based Pact implementations write and .NET lacks.
/// </summary>
internal static class RegexSyntaxValidator
{
    /// <exception cref="ArgumentException">The pattern is not a valid .NET regular expression.</exception>
    public static void Validate(string pattern)
    {
        var candidate = pattern;
        var removed = 0;
        while (true)
        {
            try
            {
                _ = new Regex(candidate, RegexOptions.CultureInvariant);
                return;
            }
            catch (RegexParseException exception) when (IsPossessiveMarker(candidate, exception))
            {
                // Dropping the '+' leaves the greedy form, which has the same syntax, and lets .NET
                // carry on checking the rest of the pattern. Errors are reported left to right, so
                // every removal so far lies before any later offset.
                candidate = candidate.Remove(exception.Offset - 1, 1);
                removed++;
            }
            catch (RegexParseException exception)
            {
                var position = exception.Offset + removed;
                throw new ArgumentException(
                    string.Create(
                        CultureInfo.InvariantCulture,
                        $"Invalid regular expression '{pattern}' at position {position}: {Reason(exception)}"),
                    nameof(pattern),
                    exception);
            }
        }
    }

    private static bool IsPossessiveMarker(string candidate, RegexParseException exception) =>
        exception.Error == RegexParseError.NestedQuantifiersNotParenthesized
        && exception.Offset >= 2
        && exception.Offset <= candidate.Length
        && candidate[exception.Offset - 1] == '+';

    /// <summary>.NET's message repeats the pattern and offset; keep only the explanation after them.</summary>
    private static string Reason(RegexParseException exception)
    {
        var marker = string.Create(CultureInfo.InvariantCulture, $"at offset {exception.Offset}. ");
        var index = exception.Message.IndexOf(marker, StringComparison.Ordinal);
        return index < 0 ? exception.Error.ToString() : exception.Message[(index + marker.Length)..];
    }
}
