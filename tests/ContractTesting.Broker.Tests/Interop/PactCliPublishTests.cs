using System.Net;
using ContractTesting.Broker.Tests.Support;
using ContractTesting.TestSupport;

namespace ContractTesting.Broker.Tests.Interop;

/// <summary>
/// The official CLI's publish against this broker: a first publication with branch, tags and build URL, an unchanged
/// republication, and changed content for a published version; each checked by exit code, output and the broker's API.
/// </summary>
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

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_BranchWithSlashTagsAndBuildUrl_AreVisibleThroughTheApi(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        var pactFile = Path.Combine(RepositoryLayout.Pacts, "OrderService-UserService.json");

        var published = await BrokerCli.RunAsync(
            broker, "publish", pactFile, "-a", "1.0.0", "--branch", "feature/login", "-t", "dev,qa", "--build-url", "https://ci.example/builds/7");
        var (branchVersion, _) = await broker.GetAsync("/pacticipants/OrderService/branches/feature%2Flogin/versions/1.0.0");
        var (_, branch) = await broker.GetAsync("/pacticipants/OrderService/branches/feature/login");
        var (_, branches) = await broker.GetAsync("/pacticipants/OrderService/branches");
        var (_, version) = await broker.GetAsync("/pacticipants/OrderService/versions/1.0.0");
        var (tag, _) = await broker.GetAsync("/pacticipants/OrderService/versions/1.0.0/tags/qa");
        var (_, latestOnBranch) = await broker.GetAsync("/pacts/provider/UserService/consumer/OrderService/branch/feature%2Flogin/latest");

        Assert.True(published.ExitCode == 0, published.ToString());
        Assert.Contains("Created OrderService version 1.0.0 with branch feature/login and tags dev, qa", published.Output, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, branchVersion.StatusCode);
        Assert.Equal("feature/login", branch!["name"]!.GetValue<string>());
        Assert.Equal(["feature/login"], Names(branches!["_embedded"]!["branches"]));
        Assert.Equal("https://ci.example/builds/7", version!["buildUrl"]!.GetValue<string>());
        Assert.Equal(["dev", "qa"], Names(version["_embedded"]!["tags"]));
        Assert.Equal(["feature/login"], Names(version["_embedded"]!["branches"]));
        Assert.Equal(HttpStatusCode.OK, tag.StatusCode);
        Assert.Equal("1.0.0", latestOnBranch!["_links"]!["pb:consumer-version"]!["name"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_ChangedContentForPublishedVersion_ExitsOneWithTheConflictNoticeAndKeepsThePact(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        using var folder = new TempFolder();
        var original = Publications.Pact("Orders", "Users", "a request for user 42");
        var changed = Publications.Pact("Orders", "Users", "a request for user 43");

        var first = await BrokerCli.RunAsync(broker, "publish", folder.File("first/Orders-Users.json", original.ToJsonString()), "-a", "1.0.0", "--branch", "main");
        var conflict = await BrokerCli.RunAsync(broker, "publish", folder.File("second/Orders-Users.json", changed.ToJsonString()), "-a", "1.0.0", "--branch", "main");
        var (_, pact) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.0.0");
        var (sameRequest, _) = await broker.PublishAsync(Publications.Request("Orders", "1.0.0", changed, branch: "main"));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(1, conflict.ExitCode);
        var printed = conflict.Output + conflict.Error;
        Assert.Contains("Pact publication failed", printed, StringComparison.Ordinal);
        Assert.Contains("Cannot change the content of the pact for Orders version 1.0.0 and provider Users", printed, StringComparison.Ordinal);
        Assert.Contains("added interaction 'a request for user 43'", printed, StringComparison.Ordinal);
        Assert.Equal(["a request for user 42"], pact!["interactions"]!.AsArray().Select(i => i!["description"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, sameRequest.StatusCode);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM pact_publications"));
    }

    private static IEnumerable<string> Names(System.Text.Json.Nodes.JsonNode? items) =>
        items!.AsArray().Select(item => item!["name"]!.GetValue<string>());
}
