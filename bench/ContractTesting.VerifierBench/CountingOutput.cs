using ContractTesting.Verification;

namespace ContractTesting.VerifierBench;

/// <summary>Keeps the verifier's progress lines, as a test's output would, instead of writing 5,000 of them to the console.</summary>
internal sealed class CountingOutput : IVerificationOutput
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines => _lines;

    public void WriteLine(string line) => _lines.Add(line);
}
