using ContractTesting.Verification;

namespace ContractTesting.Tests.Support;

/// <summary>Keeps the lines a verifier writes.</summary>
internal sealed class CollectingOutput : IVerificationOutput
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    public void WriteLine(string line)
    {
        lock (_lines)
        {
            _lines.Add(line);
        }
    }
}
