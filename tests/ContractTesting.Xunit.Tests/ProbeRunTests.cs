using ContractTesting.Xunit.Tests.Support;

namespace ContractTesting.Xunit.Tests;

/// <summary>
/// A real xunit run of a theory over a pact (tests/ContractTesting.Xunit.Probe): every interaction is a test of its
/// own, and each passes, fails or is skipped on its own, with the verification's summary as its message. With and
/// without theory pre-enumeration (test explorers list the cases before running only with it), the results are the same.
/// </summary>
public sealed class ProbeRunTests
{
    private const string Method = "ContractTesting.Xunit.Probe.ProbeTests.Api_HonoursWebsPact";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_TheoryOverAPact_GivesEachInteractionItsOwnResult(bool preEnumerateTheories)
    {
        var results = await ProbeRun.RunAsync(preEnumerateTheories, TestContext.Current.CancellationToken);

        // xunit orders cases by their IDs, not by the pact, so results are found by name.
        Assert.Equal(ProbePact.Names.Select(NameOf).Order(StringComparer.Ordinal), results.Select(r => r.Name).Order(StringComparer.Ordinal));
        var byName = results.ToDictionary(r => r.Name);
        Assert.Equal(["Pass", "Pass", "Fail", "Skip", "Fail"], ProbePact.Names.Select(n => byName[NameOf(n)].Result));
        var failed = byName[NameOf(ProbePact.Names[2])].Message;
        Assert.StartsWith("Verification of Api FAILED: 1 pact, 1 interaction, 0 passed, 1 failed.\n1) Web → Api: \"a request for b\" (given b exists)", failed, StringComparison.Ordinal);
        Assert.Contains("body $.id: Expected '2' (String) to be equal to 2 (Integer)", failed, StringComparison.Ordinal);
        Assert.Contains("The interaction is pending", byName[NameOf(ProbePact.Names[3])].Message, StringComparison.Ordinal);
        Assert.Contains("No message factory is registered for 'an event'", byName[NameOf(ProbePact.Names[4])].Message, StringComparison.Ordinal);
        Assert.All(results.Where(r => r.Result == "Fail"), r => Assert.Equal(1, CountOf("1) Web → Api", r.Message)));
    }

    [Fact]
    public async Task Run_EachCase_WritesOnlyItsOwnInteractionToItsOutput()
    {
        var results = (await ProbeRun.RunAsync(preEnumerateTheories: true, TestContext.Current.CancellationToken)).ToDictionary(r => r.Name);

        var passed = results[NameOf(ProbePact.Names[0])].Output;
        var failed = results[NameOf(ProbePact.Names[2])].Output;
        Assert.Contains("\"a request for a\": passed", passed, StringComparison.Ordinal);
        Assert.DoesNotContain("a request for b", passed, StringComparison.Ordinal);
        Assert.Contains("\"a request for b\" (given b exists): FAILED", failed, StringComparison.Ordinal);
        Assert.DoesNotContain("\"a request for a\"", failed, StringComparison.Ordinal);
    }

    private static string NameOf(string interaction) => $"{Method}(interaction: {interaction})";

    private static int CountOf(string text, string within) => (within.Length - within.Replace(text, string.Empty, StringComparison.Ordinal).Length) / text.Length;
}
