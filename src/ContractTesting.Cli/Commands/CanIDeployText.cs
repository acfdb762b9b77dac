using System.Text;
using ContractTesting.BrokerClient;
using ContractTesting.Cli.Output;

namespace ContractTesting.Cli.Commands;

/// <summary>A can-i-deploy answer for people: the matrix table, the verification results, the broker's reasons, then the verdict.</summary>
internal static class CanIDeployText
{
    public const string Yes = "✅ Computer says yes \\o/";
    public const string No = "❌ Computer says no ¯\\_(ツ)_/¯";

    public static string Render(CanIDeployAnswer answer, Style style)
    {
        var text = new StringBuilder();
        var results = answer.Rows.Where(r => r.VerificationUrl is not null).Select(r => r.VerificationUrl!).Distinct().ToList();
        var typed = answer.Rows.Any(r => r.VerificationType is not null);
        string[] headers = typed
            ? ["CONSUMER", "C.VERSION", "PROVIDER", "P.VERSION", "SUCCESS?", "RESULT#", "TYPE"]
            : ["CONSUMER", "C.VERSION", "PROVIDER", "P.VERSION", "SUCCESS?", "RESULT#"];
        if (answer.Rows.Count > 0)
        {
            text.Append(TextTable.Render(headers, answer.Rows.Select(r => Cells(r, results, typed))));
            text.Append('\n');
        }

        if (results.Count > 0)
        {
            text.Append("VERIFICATION RESULTS\n--------------------\n");
            for (var i = 0; i < results.Count; i++)
            {
                var success = answer.Rows.First(r => r.VerificationUrl == results[i]).Success == true;
                text.Append(i + 1).Append(". ").Append(results[i]).Append(' ').Append(success ? style.Green("(success)") : style.Red("(failure)")).Append('\n');
            }

            text.Append('\n');
        }

        var reasons = answer.Notices.Count > 0
            ? answer.Notices.Select(n => style.Notice(n.Type, n.Text))
            : answer.Reason.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var reason in reasons)
        {
            text.Append(reason).Append('\n');
        }

        text.Append('\n').Append(answer.Deployable == true ? style.Green(Yes) : style.Red(No)).Append('\n');
        if (answer.Attempts > 1)
        {
            text.Append(style.Dim($"(asked {answer.Attempts} times while the answer was unknown)")).Append('\n');
        }

        return text.ToString();
    }

    private static string[] Cells(MatrixRow row, List<Uri> results, bool typed)
    {
        var number = row.VerificationUrl is { } url ? (results.IndexOf(url) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        var success = row.Success switch { true => "true", false => "false", null => "???" } + (row.Ignored ? " [ignored]" : string.Empty);
        string[] cells = [row.Consumer, row.ConsumerVersion, row.Provider, row.ProviderVersion ?? "???", success, number];
        return typed ? [.. cells, row.VerificationType ?? string.Empty] : cells;
    }
}
