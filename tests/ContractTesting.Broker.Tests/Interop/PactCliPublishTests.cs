using ContractTesting.Broker.Tests.Support;
using ContractTesting.TestSupport;

namespace ContractTesting.Broker.Tests.Interop;

/// <summary>A smoke check that the official CLI publishes to this broker and reads what it stored (full interop suites come later).</summary>
public sealed class PactCliPublishTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_WithOfficialCli_RepublishesUnchangedAndDescribesTheVersion(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        var pactFile = Path.Combine(RepositoryLayout.Pacts, "OrderService-UserService.json");
        string[] publish = ["broker", "publish", pactFile, "-a", "1.0.0", "--branch", "feat/x", "-t", "dev", "-b", broker.Base, "--retries", "1"];
        var ct = TestContext.Current.CancellationToken;

        var first = await ReferencePactCli.RunAsync(publish, Timeout, ct);
        var second = await ReferencePactCli.RunAsync(publish, Timeout, ct);
        var describe = await ReferencePactCli.RunAsync(["broker", "describe-version", "-a", "OrderService", "-e", "1.0.0", "-b", broker.Base], Timeout, ct);
        var list = await ReferencePactCli.RunAsync(["broker", "list-pacticipants", "-b", broker.Base], Timeout, ct);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("Pact successfully published for OrderService version 1.0.0 and provider UserService.", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("with no content changes", second.Output, StringComparison.Ordinal);
        Assert.True(describe.ExitCode == 0, describe.ToString());
        Assert.Contains("dev", describe.Output, StringComparison.Ordinal);
        Assert.Contains("\"UserService\"", list.Output, StringComparison.Ordinal);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM pact_publications"));
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM branch_versions"));
    }
}
