using System.Text;

namespace ContractTesting.Cli.Output;

/// <summary>A plain-text table with columns padded to their widest cell and separated by <c>|</c>, as the official CLI prints them.</summary>
internal static class TextTable
{
    public static string Render(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder();
        Line(text, headers, widths);
        text.Append(string.Join("-|-", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var row in all)
        {
            Line(text, row, widths);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells, int[] widths) =>
        text.Append(string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd()).Append('\n');
}
