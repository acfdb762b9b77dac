using System.Globalization;
using System.Text;
using ContractTesting.Matching;

namespace ContractTesting.Verification.Reports;

/// <summary>Writes a verification as GitHub-flavoured Markdown (see <see cref="VerificationReportFormat.Markdown"/>).</summary>
internal static class MarkdownReport
{
    /// <summary>Failed interactions shown in full; the rest are counted, so a summary stays well under GitHub's 1 MiB limit.</summary>
    public const int MaxFailures = 50;

    public static string Render(VerificationResult result)
    {
        var counts = ReportCounts.Of(result);
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"## {(result.Passed ? "✅" : "❌")} Verification of {MarkdownText.Inline(result.Provider)} {(result.Passed ? "passed" : "failed")}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{VerificationText.Count(result.Pacts.Count, "pact")}, {VerificationText.Count(counts.Interactions, "interaction")}: {Tally(counts)}.\n\n");
        if (result.Pacts.Count > 0)
        {
            WriteTable(md, result);
        }

        WriteList(md, "Errors", result.Errors);
        WriteList(md, "Warnings", result.Warnings);
        var failures = result.Pacts.SelectMany(p => p.Interactions.Where(i => i.Status == InteractionStatus.Failed).Select(i => (Pact: p, Interaction: i))).ToList();
        foreach (var (pact, interaction) in failures.Take(MaxFailures))
        {
            WriteFailure(md, pact, interaction);
        }

        if (failures.Count > MaxFailures)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"_{failures.Count - MaxFailures} more failed interactions are not shown here; the JUnit and JSON reports have them all._\n");
        }

        return md.ToString();
    }

    private static void WriteTable(StringBuilder md, VerificationResult result)
    {
        md.Append("| Pact | Result | Interactions | Passed | Failed | Pending failed |\n");
        md.Append("| --- | --- | ---: | ---: | ---: | ---: |\n");
        foreach (var pact in result.Pacts)
        {
            var counts = ReportCounts.Of(pact);
            var outcome = !pact.Passed ? "❌ failed" : counts.PendingFailed > 0 ? "⚠️ passed, pending failures" : "✅ passed";
            var name = MarkdownText.Inline(VerificationText.Parties(pact.Source.Pact)) + (pact.Source.Pending || pact.Source.WorkInProgress ? " (pending)" : string.Empty);
            md.Append(CultureInfo.InvariantCulture,
                $"| {name} | {outcome} | {counts.Interactions} | {counts.Passed} | {counts.Failed} | {counts.PendingFailed} |\n");
        }

        md.Append('\n');
    }

    private static void WriteList(StringBuilder md, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.Append(CultureInfo.InvariantCulture, $"**{heading}**\n\n");
        foreach (var item in items)
        {
            md.Append("- ").Append(MarkdownText.Inline(item)).Append('\n');
        }

        md.Append('\n');
    }

    private static void WriteFailure(StringBuilder md, PactVerificationResult pact, InteractionResult result)
    {
        var title = MarkdownText.Inline($"{VerificationText.Parties(pact.Source.Pact)}: {VerificationText.Title(result.Interaction)}");
        md.Append(CultureInfo.InvariantCulture, $"### {(result.Pending ? "⚠️ Pending: " : "❌ ")}{title}\n\n");
        if (result.Pending)
        {
            md.Append("_This interaction is pending: its failure does not fail the verification._\n\n");
        }

        foreach (var error in result.Errors)
        {
            md.Append("- **Error:** ").Append(MarkdownText.Inline(error)).Append('\n');
        }

        foreach (var mismatch in result.Mismatches)
        {
            WriteMismatch(md, mismatch);
        }

        foreach (var warning in result.Warnings)
        {
            md.Append("- **Warning:** ").Append(MarkdownText.Inline(warning)).Append('\n');
        }

        // A diff already ends in a blank line.
        if (md[^2] != '\n')
        {
            md.Append('\n');
        }
    }

    private static void WriteMismatch(StringBuilder md, Mismatch mismatch)
    {
        md.Append("- **").Append(JsonReport.PartName(mismatch.Part)).Append("**");
        if (mismatch.Location.Length > 0)
        {
            md.Append(' ').Append(MarkdownText.Code(mismatch.Location));
        }

        md.Append(": ").Append(MarkdownText.Inline(mismatch.Message)).Append('\n');
        if (ValueDiff.Of(mismatch.Expected, mismatch.Actual) is { } diff)
        {
            md.Append('\n');
            var lines = diff.Select(l => l.Kind switch
            {
                DiffLineKind.Expected => "- " + l.Text,
                DiffLineKind.Actual => "+ " + l.Text,
                _ => "  " + l.Text,
            }).ToList();
            MarkdownText.Fenced(md, "  ", "diff", lines);
            md.Append('\n');
            return;
        }

        if (mismatch.Expected is { } expected && !mismatch.Message.Contains(expected, StringComparison.Ordinal))
        {
            md.Append("  - expected: ").Append(MarkdownText.Code(VerificationText.Shorten(expected))).Append('\n');
        }

        if (mismatch.Actual is { } actual && !mismatch.Message.Contains(actual, StringComparison.Ordinal))
        {
            md.Append("  - actual: ").Append(MarkdownText.Code(VerificationText.Shorten(actual))).Append('\n');
        }
    }

    private static string Tally(ReportCounts counts)
    {
        var tally = string.Create(CultureInfo.InvariantCulture, $"{counts.Passed} passed, {counts.Failed} failed");
        tally += counts.PendingFailed > 0 ? string.Create(CultureInfo.InvariantCulture, $", {counts.PendingFailed} pending failed") : string.Empty;
        return tally + (counts.FilteredOut > 0 ? string.Create(CultureInfo.InvariantCulture, $", {counts.FilteredOut} filtered out") : string.Empty);
    }
}
