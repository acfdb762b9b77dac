using System.Text;
using System.Text.RegularExpressions;

namespace ContractTesting.Rules;

/// <summary>
/// Java's literal quoting <c>\Q…\E</c>, which .NET regular expressions lack. Pact-JVM writes it into regexes (for
/// example the MockServerURL generators of pacts it writes), so patterns are rewritten to the .NET equivalent before
/// they are compiled: the quoted text is escaped character by character. A <c>\Q</c> without <c>\E</c> quotes the
/// rest of the pattern, as in Java.
/// </summary>
internal static class RegexQuoting
{
    /// <summary>The pattern with each <c>\Q…\E</c> section replaced by its escaped text; other patterns unchanged.</summary>
    public static string ToDotNet(string pattern)
    {
        if (!pattern.Contains("\\Q", StringComparison.Ordinal))
        {
            return pattern;
        }

        var result = new StringBuilder(pattern.Length + 8);
        var i = 0;
        while (i < pattern.Length)
        {
            if (pattern[i] != '\\' || i + 1 == pattern.Length)
            {
                result.Append(pattern[i++]);
                continue;
            }

            if (pattern[i + 1] != 'Q')
            {
                result.Append(pattern, i, 2);
                i += 2;
                continue;
            }

            var start = i + 2;
            var end = pattern.IndexOf("\\E", start, StringComparison.Ordinal);
            var literal = end < 0 ? pattern[start..] : pattern[start..end];
            result.Append(Regex.Escape(literal));
            i = end < 0 ? pattern.Length : end + 2;
        }

        return result.ToString();
    }
}
