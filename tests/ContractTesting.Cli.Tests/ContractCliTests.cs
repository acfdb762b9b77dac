using ContractTesting.Cli.Tests.Support;

namespace ContractTesting.Cli.Tests;

public sealed class ContractCliTests
{
    [Fact]
    public async Task RunAsync_Help_ListsEveryCommandAndExitsZero()
    {
        var result = await ContractRun.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.All(ContractCli.Commands, c => Assert.Contains(c.Spec.Name, result.Out, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_NoArguments_PrintsTheOverviewAndExitsTwo()
    {
        var result = await ContractRun.RunAsync();

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage: contract <COMMAND>", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownCommand_ExitsTwo()
    {
        var result = await ContractRun.RunAsync("deploy");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unrecognized subcommand 'deploy'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CommandHelp_ShowsOptionsWithTheirEnvironmentVariables()
    {
        var result = await ContractRun.RunAsync("publish", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("-b, --broker-base-url <URL>", result.Out, StringComparison.Ordinal);
        Assert.Contains("[env: PACT_BROKER_BASE_URL=]", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownOption_SuggestsTheCloseOneAndExitsTwo()
    {
        var result = await ContractRun.RunAsync("publish", "pacts", "--broker-base", "http://x");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unexpected argument '--broker-base' found", result.Error, StringComparison.Ordinal);
        Assert.Contains("'--broker-base-url'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoBrokerUrl_ExplainsWhereToGiveItAndExitsTwo()
    {
        var result = await ContractRun.RunAsync("list-environments");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pass '--broker-base-url <URL>' or set PACT_BROKER_BASE_URL", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnreachableBroker_ExitsOne()
    {
        var result = await ContractRun.RunAsync("list-environments", "-b", "http://127.0.0.1:1");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("could not be reached", result.Error, StringComparison.Ordinal);
    }
}
