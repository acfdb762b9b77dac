using ContractTesting.Verification;

namespace Provider.Verification;

/// <summary>Keeps what the verifier writes, and passes it on to the test's output.</summary>
internal sealed class RecordingOutput : IVerificationOutput
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

        TestContext.Current.TestOutputHelper?.WriteLine(line);
    }
}
