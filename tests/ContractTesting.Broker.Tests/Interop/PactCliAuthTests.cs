using ContractTesting.Broker.Tests.Support;
using ContractTesting.TestSupport;

namespace ContractTesting.Broker.Tests.Interop;

/// <summary>The official CLI against a broker with credentials: tokens, basic auth, wrong credentials and a read-only user.</summary>
public sealed class PactCliAuthTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly BrokerAuthOptions Credentials = new()
    {
        Username = "admin", Password = "admin-pw", ReadOnlyUsername = "reader", ReadOnlyPassword = "reader-pw", Token = "ci-token",
    };

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Cli_EachKindOfCredentials_GetsTheAccessItGrants(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store, o => o with { Auth = Credentials });
        var ct = TestContext.Current.CancellationToken;
        string[] b = ["-b", broker.Base, "--retries", "1"];

        var writeWithToken = await ReferencePactCli.RunAsync(["broker", "create-or-update-pacticipant", "--name", "Orders", "-k", "ci-token", .. b], Timeout, ct);
        var listWithToken = await ReferencePactCli.RunAsync(["broker", "list-pacticipants", "--broker-token", "ci-token", .. b], Timeout, ct);
        var listWithBasic = await ReferencePactCli.RunAsync(["broker", "list-pacticipants", "-u", "reader", "-p", "reader-pw", .. b], Timeout, ct);
        var wrong = await ReferencePactCli.RunAsync(["broker", "list-pacticipants", "-u", "admin", "-p", "guess", .. b], Timeout, ct);
        var anonymous = await ReferencePactCli.RunAsync(["broker", "list-pacticipants", .. b], Timeout, ct);
        var readOnlyWrite = await ReferencePactCli.RunAsync(
            ["broker", "create-or-update-pacticipant", "--name", "Billing", "-u", "reader", "-p", "reader-pw", .. b], Timeout, ct);

        Assert.True(writeWithToken.ExitCode == 0, writeWithToken.ToString());
        Assert.True(listWithToken.ExitCode == 0, listWithToken.ToString());
        Assert.Contains("Orders", listWithToken.Output, StringComparison.Ordinal);
        Assert.True(listWithBasic.ExitCode == 0, listWithBasic.ToString());
        Assert.Contains("Orders", listWithBasic.Output, StringComparison.Ordinal);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("The credentials given are not valid for this broker", wrong.Output + wrong.Error, StringComparison.Ordinal);
        Assert.Equal(1, anonymous.ExitCode);
        Assert.Contains("Authentication required", anonymous.Output + anonymous.Error, StringComparison.Ordinal);
        Assert.Equal(1, readOnlyWrite.ExitCode);
        Assert.Contains("The credentials given are read-only: POST /pacticipants changes the broker and needs read-write credentials.",
            readOnlyWrite.Output + readOnlyWrite.Error, StringComparison.Ordinal);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM pacticipants"));
    }
}
