namespace ContractTesting.Verification;

/// <summary>Writes to standard output.</summary>
internal sealed class ConsoleVerificationOutput : IVerificationOutput
{
    public static ConsoleVerificationOutput Instance { get; } = new();

    public void WriteLine(string line) => Console.Out.WriteLine(line);
}
