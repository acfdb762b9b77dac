using System.Globalization;
using System.Text;
using ContractTesting.Json;

namespace ContractTesting.Verification;

/// <summary>
/// A line diff of a mismatch's expected and actual values, for values worth diffing: JSON objects and arrays (shown
/// indented, keys sorted) and multi-line text. Unchanged runs far from a change are left out.
/// </summary>
internal static class ValueDiff
{
    /// <summary>Unchanged lines kept on each side of a change.</summary>
    private const int Context = 2;

    /// <summary>Shorter unchanged runs are shown: leaving them out would hardly shorten the diff.</summary>
    private const int MinSkipped = 4;

    /// <summary>Values with more lines than this are not diffed (the comparison is quadratic).</summary>
    private const int MaxInputLines = 500;

    /// <summary>At most this many diff lines are returned; the rest are summed up in a last skipped line.</summary>
    private const int MaxOutputLines = 60;

    /// <summary>The diff, or null when the values are missing, both single-line, equal, or too long to diff.</summary>
    public static IReadOnlyList<DiffLine>? Of(string? expected, string? actual)
    {
        if (expected is null || actual is null)
        {
            return null;
        }

        var e = Lines(expected);
        var a = Lines(actual);
        if ((e.Length < 2 && a.Length < 2) || e.Length > MaxInputLines || a.Length > MaxInputLines || e.SequenceEqual(a, StringComparer.Ordinal))
        {
            return null;
        }

        return Limit(Collapse(Compare(e, a)));
    }

    private static string[] Lines(string value)
    {
        var trimmed = value.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            try
            {
                return PactJson.Pretty(PactJson.ParseBody(Encoding.UTF8.GetBytes(value))).TrimEnd('\n').Split('\n');
            }
            catch (JsonParseException)
            {
                // Not JSON after all: diff it as text.
            }
        }

        return value.ReplaceLineEndings("\n").Split('\n');
    }

    /// <summary>A longest-common-subsequence diff, expected lines before actual ones at each change.</summary>
    private static List<DiffLine> Compare(string[] expected, string[] actual)
    {
        var common = new int[expected.Length + 1, actual.Length + 1];
        for (var i = expected.Length - 1; i >= 0; i--)
        {
            for (var j = actual.Length - 1; j >= 0; j--)
            {
                common[i, j] = expected[i] == actual[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<DiffLine>();
        int x = 0, y = 0;
        while (x < expected.Length || y < actual.Length)
        {
            if (x < expected.Length && y < actual.Length && expected[x] == actual[y])
            {
                lines.Add(new(DiffLineKind.Same, expected[x++]));
                y++;
            }
            else if (y == actual.Length || (x < expected.Length && common[x + 1, y] >= common[x, y + 1]))
            {
                lines.Add(new(DiffLineKind.Expected, expected[x++]));
            }
            else
            {
                lines.Add(new(DiffLineKind.Actual, actual[y++]));
            }
        }

        return lines;
    }

    private static List<DiffLine> Collapse(List<DiffLine> lines)
    {
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Kind != DiffLineKind.Same)
            {
                for (var k = Math.Max(0, i - Context); k <= Math.Min(lines.Count - 1, i + Context); k++)
                {
                    keep[k] = true;
                }
            }
        }

        var collapsed = new List<DiffLine>();
        for (var i = 0; i < lines.Count;)
        {
            if (keep[i])
            {
                collapsed.Add(lines[i++]);
                continue;
            }

            var start = i;
            while (i < lines.Count && !keep[i])
            {
                i++;
            }

            if (i - start < MinSkipped)
            {
                collapsed.AddRange(lines.Skip(start).Take(i - start));
            }
            else
            {
                collapsed.Add(Skipped(i - start, "unchanged"));
            }
        }

        return collapsed;
    }

    private static List<DiffLine> Limit(List<DiffLine> lines) =>
        lines.Count <= MaxOutputLines ? lines : [.. lines.Take(MaxOutputLines - 1), Skipped(lines.Count - MaxOutputLines + 1, "more")];

    private static DiffLine Skipped(int count, string what) =>
        new(DiffLineKind.Skipped, string.Create(CultureInfo.InvariantCulture, $"… {count} {what} line{(count == 1 ? string.Empty : "s")}"));
}
