using ContractTesting.Broker.Tests.Support;
using ContractTesting.TestSupport;

namespace ContractTesting.Broker.Tests.Interop;

/// <summary>
/// The official CLI's environment, deployment and release commands against this broker: each one's exit code and
/// output, and what the broker then holds.
/// </summary>
public sealed class PactCliEnvironmentTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Environments_CreateListAndDescribe_WorkWithTheOfficialCli(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);

        var created = await CliAsync(broker,
            "create-environment", "--name", "prod", "--display-name", "Production", "--production", "--contact-name", "Team A", "--contact-email-address", "a@example.com");
        var idOnly = await CliAsync(broker, "create-environment", "--name", "test", "-o", "id");
        var duplicate = await CliAsync(broker, "create-environment", "--name", "test");
        var list = await CliAsync(broker, "list-environments");
        var uuid = idOnly.Output.Trim();
        var describe = await CliAsync(broker, "describe-environment", "--uuid", uuid);

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Matches("Created prod environment in the Pact Broker with UUID [0-9a-f-]{36}", created.Output);
        Assert.True(idOnly.ExitCode == 0, idOnly.ToString());
        Assert.Matches("^[0-9a-f-]{36}$", uuid);
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("already used by an existing environment", duplicate.Output + duplicate.Error, StringComparison.Ordinal);
        Assert.True(list.ExitCode == 0, list.ToString());
        Assert.Contains(uuid, list.Output, StringComparison.Ordinal);
        Assert.Contains("Production", list.Output, StringComparison.Ordinal);
        Assert.True(describe.ExitCode == 0, describe.ToString());
        Assert.Contains("Name: test", describe.Output, StringComparison.Ordinal);
        Assert.Contains("Display Name: Test", describe.Output, StringComparison.Ordinal);
        Assert.Contains("Production: false", describe.Output, StringComparison.Ordinal);
        Assert.Equal(2, await broker.ScalarAsync("SELECT COUNT(*) FROM environments"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Deployments_RecordAndUndeployPerInstanceAndReleases_WorkWithTheOfficialCli(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        var prodUuid = await EnvironmentSetup.CreateAsync(broker, "prod", production: true);
        await EnvironmentSetup.CreateAsync(broker, "test");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/OrderService/versions/1.0.0", "{}");

        var deployed = await CliAsync(broker, "record-deployment", "-a", "OrderService", "-e", "1.0.0", "--environment", "prod");
        var blue = await CliAsync(broker, "record-deployment", "-a", "OrderService", "-e", "1.0.0", "--environment", "prod", "--application-instance", "blue");
        var nowhere = await CliAsync(broker, "record-deployment", "-a", "OrderService", "-e", "1.0.0", "--environment", "nowhere");
        var undeployed = await CliAsync(broker, "record-undeployment", "-a", "OrderService", "--environment", "prod");
        var ambiguous = await CliAsync(broker, "record-undeployment", "-a", "OrderService", "--environment", "prod");
        var stillBlue = await broker.ScalarAsync("SELECT COUNT(*) FROM currently_deployed_version_ids WHERE target_for_index = 'blue'");
        var blueUndeployed = await CliAsync(broker, "record-undeployment", "-a", "OrderService", "--environment", "prod", "--application-instance", "blue");
        var nothingDeployed = await broker.ScalarAsync("SELECT COUNT(*) FROM currently_deployed_version_ids");
        var released = await CliAsync(broker, "record-release", "-a", "OrderService", "-e", "1.0.0", "--environment", "test");
        var ended = await CliAsync(broker, "record-support-ended", "-a", "OrderService", "-e", "1.0.0", "--environment", "test");
        var endedAgain = await CliAsync(broker, "record-support-ended", "-a", "OrderService", "-e", "1.0.0", "--environment", "test");

        Assert.True(deployed.ExitCode == 0, deployed.ToString());
        Assert.Contains("Recorded deployment of OrderService version 1.0.0 to prod environment in the Pact Broker.", deployed.Output, StringComparison.Ordinal);
        Assert.True(blue.ExitCode == 0, blue.ToString());
        Assert.Contains("(application instance blue)", blue.Output, StringComparison.Ordinal);
        Assert.Equal(1, nowhere.ExitCode);
        Assert.Contains("Environment nowhere does not exist", nowhere.Output + nowhere.Error, StringComparison.Ordinal);
        Assert.True(undeployed.ExitCode == 0, undeployed.ToString());
        Assert.Contains("Undeployed OrderService from prod environment", undeployed.Output, StringComparison.Ordinal);
        Assert.Equal(1, ambiguous.ExitCode);
        Assert.Contains("Please specify one of the following application instance", ambiguous.Output + ambiguous.Error, StringComparison.Ordinal);
        Assert.Contains("blue", ambiguous.Output + ambiguous.Error, StringComparison.Ordinal);
        Assert.Equal(1, stillBlue);
        Assert.True(blueUndeployed.ExitCode == 0, blueUndeployed.ToString());
        Assert.Contains("(application instance blue)", blueUndeployed.Output, StringComparison.Ordinal);
        Assert.Equal(0, nothingDeployed);
        var (_, currentlyDeployed) = await broker.GetAsync($"/environments/{prodUuid}/deployed-versions/currently-deployed");
        Assert.Empty(currentlyDeployed!["_embedded"]!["deployedVersions"]!.AsArray());
        Assert.True(released.ExitCode == 0, released.ToString());
        Assert.Contains("Recorded release of OrderService version 1.0.0 to test environment in the Pact Broker.", released.Output, StringComparison.Ordinal);
        Assert.True(ended.ExitCode == 0, ended.ToString());
        Assert.Contains("Recorded support ended for application OrderService, version 1.0.0 from test environment", ended.Output, StringComparison.Ordinal);
        Assert.Equal(1, endedAgain.ExitCode);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM released_versions WHERE support_ended_at IS NOT NULL"));
        Assert.Equal(2, await broker.ScalarAsync("SELECT COUNT(*) FROM deployed_versions"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task DescribeVersion_InAnEnvironment_ShowsWhatIsDeployedAndWhatIsStillSupported(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod", production: true);
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Orders/versions/1.0.0", "{}");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Orders/versions/1.1.0", "{}");

        var deployed = await CliAsync(broker, "record-deployment", "-a", "Orders", "-e", "1.0.0", "--environment", "prod", "--application-instance", "blue");
        var released = await CliAsync(broker, "record-release", "-a", "Orders", "-e", "1.1.0", "--environment", "prod");
        var both = await CliAsync(broker, "describe-version", "-a", "Orders", "--environment", "prod");
        var onlyReleased = await CliAsync(broker, "describe-version", "-a", "Orders", "--environment", "prod", "--released");
        var ended = await CliAsync(broker, "record-support-ended", "-a", "Orders", "-e", "1.1.0", "--environment", "prod");
        var endedAgain = await CliAsync(broker, "record-support-ended", "-a", "Orders", "-e", "1.1.0", "--environment", "prod");
        var afterEnd = await CliAsync(broker, "describe-version", "-a", "Orders", "--environment", "prod");
        var (_, supported) = await broker.GetAsync($"/environments/{prod}/released-versions/currently-supported");
        var (_, version) = await broker.GetAsync("/pacticipants/Orders/versions/1.1.0");

        Assert.True(deployed.ExitCode == 0, deployed.ToString());
        Assert.True(released.ExitCode == 0, released.ToString());
        Assert.True(both.ExitCode == 0, both.ToString());
        Assert.Matches(@"1\.0\.0\s*┆\s*Deployed\s*┆\s*prod\s*┆\s*blue", both.Output);
        Assert.Matches(@"1\.1\.0\s*┆\s*Released\s*┆\s*prod\s*┆\s*-", both.Output);
        Assert.True(onlyReleased.ExitCode == 0, onlyReleased.ToString());
        Assert.Matches(@"1\.1\.0\s*┆\s*Released", onlyReleased.Output);
        Assert.DoesNotContain("Deployed", onlyReleased.Output, StringComparison.Ordinal);
        Assert.True(ended.ExitCode == 0, ended.ToString());
        Assert.Contains("Recorded support ended for application Orders, version 1.1.0 from prod environment", ended.Output, StringComparison.Ordinal);
        Assert.Equal(1, endedAgain.ExitCode);
        Assert.Contains("No currently released versions found for Orders in prod environment", endedAgain.Output + endedAgain.Error, StringComparison.Ordinal);
        Assert.True(afterEnd.ExitCode == 0, afterEnd.ToString());
        Assert.DoesNotContain("1.1.0", afterEnd.Output, StringComparison.Ordinal);
        Assert.Matches(@"1\.0\.0\s*┆\s*Deployed", afterEnd.Output);
        Assert.Empty(supported!["_embedded"]!["releasedVersions"]!.AsArray());
        Assert.False(version!["_links"]!["pb:released-environments"]![0]!["currentlySupported"]!.GetValue<bool>());
    }

    private static Task<ProcessResult> CliAsync(TestBroker broker, params string[] arguments) =>
        ReferencePactCli.RunAsync(["broker", .. arguments, "-b", broker.Base], Timeout, TestContext.Current.CancellationToken);
}
