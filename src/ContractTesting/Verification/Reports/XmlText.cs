using System.Globalization;
using System.Text;

namespace ContractTesting.Verification.Reports;

/// <summary>Text made safe for XML 1.0, which cannot hold most control characters, even escaped.</summary>
internal static class XmlText
{
    /// <summary>
    /// The text with every character XML 1.0 cannot hold (controls other than tab, line feed and carriage return,
    /// U+FFFE, U+FFFF, unpaired surrogates) written out as <c>\uXXXX</c>, so nothing is lost silently.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || IsAllowed(c))
            {
                cleaned?.Append(c);
                if (pair)
                {
                    cleaned?.Append(text[++i]);
                }

                continue;
            }

            cleaned ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            cleaned.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }

        return cleaned?.ToString() ?? text;
    }

    /// <summary>The first line of the text, cleaned and cut to <paramref name="limit"/> characters: for attributes.</summary>
    public static string Line(string text, int limit = 500)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? text : text[..end];
        if (line.Length > limit)
        {
            line = line[..(char.IsHighSurrogate(line[limit - 1]) ? limit - 1 : limit)] + "…";
        }

        return Clean(line);
    }

    private static bool IsAllowed(char c) => c is '\t' or '\n' or '\r' or (>= ' ' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
}
