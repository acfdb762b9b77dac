using System.Net;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;
using ContractTesting.TestSupport;

namespace ContractTesting.Broker.Tests.Interop;

/// <summary>
/// The official CLI's version commands against this broker: create-version-tag, create-or-update-version and
/// describe-version; each checked by exit code, output and what the broker's API then shows.
/// </summary>
public sealed class PactCliVersionTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task CreateVersionTag_AddsEachTagAndCreatesTheVersionOnlyWhenAsked(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Orders/versions/1.0.0", "{}");

        var tagged = await BrokerCli.RunAsync(broker, "create-version-tag", "-a", "Orders", "-e", "1.0.0", "-t", "dev,feature/x");
        var again = await BrokerCli.RunAsync(broker, "create-version-tag", "-a", "Orders", "-e", "1.0.0", "-t", "dev");
        var missing = await BrokerCli.RunAsync(broker, "create-version-tag", "-a", "Orders", "-e", "9.9.9", "-t", "prod");
        var (afterMissing, _) = await broker.GetAsync("/pacticipants/Orders/versions/9.9.9");
        var autoCreated = await BrokerCli.RunAsync(broker, "create-version-tag", "-a", "Orders", "-e", "9.9.9", "-t", "prod", "--auto-create-version");
        var (_, version) = await broker.GetAsync("/pacticipants/Orders/versions/1.0.0");
        var (slashTag, _) = await broker.GetAsync("/pacticipants/Orders/versions/1.0.0/tags/feature%2Fx");
        var (_, latestProd) = await broker.GetAsync("/pacticipants/Orders/latest-version/prod");

        Assert.True(tagged.ExitCode == 0, tagged.ToString());
        Assert.Contains("Tagging version '1.0.0' of pacticipant 'Orders' with tag 'dev' - Success", tagged.Output, StringComparison.Ordinal);
        Assert.Contains("Tagging version '1.0.0' of pacticipant 'Orders' with tag 'feature/x' - Success", tagged.Output, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Version '9.9.9' of pacticipant 'Orders' does not exist. Use --auto-create-version to create it.",
            missing.Output + missing.Error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, afterMissing.StatusCode);
        Assert.True(autoCreated.ExitCode == 0, autoCreated.ToString());
        Assert.Equal(["dev", "feature/x"], Names(version!["_embedded"]!["tags"]));
        Assert.Equal(HttpStatusCode.OK, slashTag.StatusCode);
        Assert.Equal("9.9.9", latestProd!["number"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task CreateOrUpdateVersion_WithBranchAndTagOrAlone_StoresTheVersion(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);

        var onBranch = await BrokerCli.RunAsync(broker, "create-or-update-version", "-a", "Orders", "-e", "2.0.0", "--branch", "feature/signup", "-t", "beta");
        var again = await BrokerCli.RunAsync(broker, "create-or-update-version", "-a", "Orders", "-e", "2.0.0", "--branch", "feature/signup");
        var alone = await BrokerCli.RunAsync(broker, "create-or-update-version", "-a", "Orders", "-e", "3.0.0");
        var (_, version) = await broker.GetAsync("/pacticipants/Orders/versions/2.0.0");
        var (branchVersion, _) = await broker.GetAsync("/pacticipants/Orders/branches/feature%2Fsignup/versions/2.0.0");
        var (_, latestOnBranch) = await broker.GetAsync("/pacticipants/Orders/branches/feature/signup/latest-version");
        var (_, latest) = await broker.GetAsync("/pacticipants/Orders/latest-version");

        Assert.True(onBranch.ExitCode == 0, onBranch.ToString());
        Assert.Contains("Branch 'feature/signup' created for version '2.0.0'", onBranch.Output, StringComparison.Ordinal);
        Assert.Contains("Tag 'beta' created for version '2.0.0'", onBranch.Output, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.True(alone.ExitCode == 0, alone.ToString());
        Assert.Contains("Version '3.0.0' created or updated successfully", alone.Output, StringComparison.Ordinal);
        Assert.Equal(["feature/signup"], Names(version!["_embedded"]!["branches"]));
        Assert.Equal(["beta"], Names(version["_embedded"]!["tags"]));
        Assert.Equal(HttpStatusCode.OK, branchVersion.StatusCode);
        Assert.Equal("2.0.0", latestOnBranch!["number"]!.GetValue<string>());
        Assert.Equal("3.0.0", latest!["number"]!.GetValue<string>());
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM branch_versions"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task DescribeVersion_LatestByNumberByTagAndAsJson_ShowsTheVersion(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        var pact = Publications.Pact("Orders", "Users");
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", pact, branch: "main", tags: ["prod"], buildUrl: "https://ci.example/builds/1"));
        await broker.PublishAsync(Publications.Request("Orders", "1.1.0", pact, tags: ["dev"]));

        var latest = await BrokerCli.RunAsync(broker, "describe-version", "-a", "Orders");
        var byNumber = await BrokerCli.RunAsync(broker, "describe-version", "-a", "Orders", "-e", "1.0.0");
        var byTag = await BrokerCli.RunAsync(broker, "describe-version", "-a", "Orders", "-l", "prod");
        var json = await BrokerCli.RunAsync(broker, "describe-version", "-a", "Orders", "-e", "1.0.0", "-o", "json");
        var missing = await BrokerCli.RunAsync(broker, "describe-version", "-a", "Orders", "-e", "7.7.7");
        var (_, version) = await broker.GetAsync("/pacticipants/Orders/versions/1.0.0");

        Assert.True(latest.ExitCode == 0, latest.ToString());
        Assert.Matches(@"1\.1\.0\s*┆\s*dev\s", latest.Output);
        Assert.DoesNotContain("1.0.0", latest.Output, StringComparison.Ordinal);
        Assert.True(byNumber.ExitCode == 0, byNumber.ToString());
        Assert.Matches(@"1\.0\.0\s*┆\s*prod\s", byNumber.Output);
        Assert.True(byTag.ExitCode == 0, byTag.ToString());
        Assert.Matches(@"1\.0\.0\s*┆\s*prod\s", byTag.Output);
        Assert.True(json.ExitCode == 0, json.ToString());
        var printed = JsonNode.Parse(json.Output)!;
        Assert.True(JsonNode.DeepEquals(version, printed), $"describe-version -o json printed {json.Output}, the API has {version}");
        Assert.Equal("https://ci.example/builds/1", printed["buildUrl"]!.GetValue<string>());
        Assert.Equal(["main"], Names(printed["_embedded"]!["branches"]));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("Pacticipant version not found", missing.Output + missing.Error, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Names(JsonNode? items) => items!.AsArray().Select(item => item!["name"]!.GetValue<string>());
}
