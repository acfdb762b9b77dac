using System.Text.RegularExpressions;
using ContractTesting.Verification;

namespace ContractTesting.Cli.Output;

/// <summary>The verifier's progress lines on the CLI's standard output, outcomes coloured when colour is on.</summary>
internal sealed partial class CliVerificationOutput(CliContext context) : IVerificationOutput
{
    private readonly Lock _gate = new();

    public void WriteLine(string line)
    {
        var style = context.Style;
        var coloured = !style.Enabled ? line : Outcome().Replace(line, m => m.Value == ": passed" ? style.Green(m.Value) : style.Red(m.Value), 1);
        lock (_gate)
        {
            context.Console.Out.WriteLine(coloured);
            context.Console.Out.Flush();
        }
    }

    [GeneratedRegex(@": (passed|FAILED)(?= |$)", RegexOptions.CultureInvariant)]
    private static partial Regex Outcome();
}
