using Xunit.v3;

namespace ContractTesting.Xunit.Tests;

public sealed class XunitVerificationOutputTests
{
    [Fact]
    public void WriteLine_DuringATest_GoesToThatTestsOutput()
    {
        var line = "line " + Guid.NewGuid();

        XunitVerificationOutput.Instance.WriteLine(line);

        Assert.Contains(line, TestContext.Current.TestOutputHelper!.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteLine_AfterTheTestEnded_IsDroppedInsteadOfThrowing()
    {
        // An output helper whose test is over (or never started) throws, as xunit's does once a test has ended.
        var ended = new TestOutputHelper();
        Assert.Throws<InvalidOperationException>(() => ended.WriteLine("too late"));
        var output = new XunitVerificationOutput(() => ended);

        var exception = Record.Exception(() => output.WriteLine("too late"));

        Assert.Null(exception);
    }

    [Fact]
    public void WriteLine_NoTestRunning_IsDropped()
    {
        var output = new XunitVerificationOutput(() => null);

        var exception = Record.Exception(() => output.WriteLine("nobody listens"));

        Assert.Null(exception);
    }
}
