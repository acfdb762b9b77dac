namespace ContractTesting.Cli.Tests.Support;

/// <summary>How a command ended: its exit code and what it wrote.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Out}\nstderr:\n{Error}";
}
