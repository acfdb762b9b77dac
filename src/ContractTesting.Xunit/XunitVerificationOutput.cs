using ContractTesting.Verification;
using Xunit;

namespace ContractTesting.Xunit;

/// <summary>
/// Writes the verifier's lines to the output of the xunit test that is running (<c>TestContext.Current.TestOutputHelper</c>),
/// so that each test case shows its own interaction's progress. Lines written when no test is running, or after the
/// test ended (a request or state change still finishing in the background), are dropped rather than thrown: xunit's
/// output helper throws once its test is over, which would otherwise fail or crash whatever was writing.
/// </summary>
public sealed class XunitVerificationOutput : IVerificationOutput
{
    private readonly Func<ITestOutputHelper?> _current;

    internal XunitVerificationOutput(Func<ITestOutputHelper?> current) => _current = current;

    /// <summary>The output of whichever test is running when a line is written.</summary>
    public static XunitVerificationOutput Instance { get; } = new(() => TestContext.Current.TestOutputHelper);

    /// <inheritdoc />
    public void WriteLine(string line)
    {
        if (_current() is not { } output)
        {
            return;
        }

        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
            // The test this output belonged to has ended; there is nowhere left to write.
        }
    }
}
