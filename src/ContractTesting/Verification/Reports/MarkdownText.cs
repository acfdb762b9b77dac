using System.Text;

namespace ContractTesting.Verification.Reports;

/// <summary>Text made safe for GitHub-flavoured Markdown: inline text, code spans and fenced blocks.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Inline text that renders as written: one line, with the characters that start emphasis, code, links, HTML,
    /// table cells or strikethrough escaped.
    /// </summary>
    public static string Inline(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '~' or '&' or '#')
            {
                escaped.Append('\\');
            }

            escaped.Append(char.IsControl(c) ? ' ' : c);
        }

        return escaped.ToString();
    }

    /// <summary>A code span that holds the text whatever backticks it contains; one line (not for table cells).</summary>
    public static string Code(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        var fence = new string('`', LongestRun(line, '`') + 1);
        var pad = line.StartsWith('`') || line.EndsWith('`') || line.Length == 0 ? " " : string.Empty;
        return fence + pad + line + pad + fence;
    }

    /// <summary>
    /// A fenced block (at least three backticks, more than any run in the lines) with an info string, each line
    /// indented by <paramref name="indent"/> (to sit inside a list item).
    /// </summary>
    public static void Fenced(StringBuilder into, string indent, string info, IReadOnlyList<string> lines)
    {
        var fence = new string('`', Math.Max(3, lines.Select(l => LongestRun(l, '`')).DefaultIfEmpty(0).Max() + 1));
        into.Append(indent).Append(fence).Append(info).Append('\n');
        foreach (var line in lines)
        {
            into.Append(indent).Append(line).Append('\n');
        }

        into.Append(indent).Append(fence).Append('\n');
    }

    private static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (var ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
