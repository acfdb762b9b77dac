namespace ContractTesting.TestSupport;

/// <summary>What a finished child process left: its exit code and output.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    /// <summary>Both streams, for assertion messages.</summary>
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
