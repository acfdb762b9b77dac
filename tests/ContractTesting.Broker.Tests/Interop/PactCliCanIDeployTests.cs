using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContractTesting.Broker.Tests.Support;
using ContractTesting.TestSupport;

namespace ContractTesting.Broker.Tests.Interop;

/// <summary>
/// The official CLI's can-i-deploy and can-i-merge against this broker: the verdict's exit code (0 only for yes), the
/// words and table it prints, JSON output, ignoring, and polling while the answer is unknown.
/// </summary>
public sealed class PactCliCanIDeployTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task CanIDeploy_ToAnEnvironment_SaysYesNoOrUnknownWithTheRightExitCode(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        var production = await EnvironmentSetup.CreateAsync(broker, "production", production: true);
        var good = await VerificationSetup.PublishAsync(broker, "Foo Web", "1.0.0", Publications.Pact("Foo Web", "Bar"));
        var bad = await VerificationSetup.PublishAsync(broker, "Foo Web", "1.1.0", Publications.Pact("Foo Web", "Bar", "a changed interaction"));
        await VerificationSetup.PublishAsync(broker, "Foo Web", "1.2.0", Publications.Pact("Foo Web", "Bar", "an unverified interaction"));
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo Web", good, "2.0.0", success: true);
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo Web", bad, "2.0.0", success: false);
        await EnvironmentSetup.DeployAsync(broker, "Bar", "2.0.0", production);

        var yes = await CliAsync(broker, "can-i-deploy", "-a", "Foo Web", "-e", "1.0.0", "--to-environment", "production");
        var no = await CliAsync(broker, "can-i-deploy", "-a", "Foo Web", "-e", "1.1.0", "--to-environment", "production");
        var unknown = await CliAsync(broker, "can-i-deploy", "-a", "Foo Web", "-e", "1.2.0", "--to-environment", "production");
        var missing = await CliAsync(broker, "can-i-deploy", "-a", "Foo Web", "-e", "9.9.9", "--to-environment", "production");

        Assert.True(yes.ExitCode == 0, yes.ToString());
        Assert.Contains("Computer says yes", yes.Output, StringComparison.Ordinal);
        Assert.Contains("All required verification results are published and successful", yes.Output, StringComparison.Ordinal);
        Assert.True(Regex.IsMatch(yes.Output, @"Foo Web\s*┆\s*1\.0\.0\s*┆\s*Bar\s*┆\s*2\.0\.0"), yes.ToString());
        Assert.Contains($"{broker.Base}/pacts/provider/Bar/consumer/Foo%20Web/pact-version/{good}/verification-results/", yes.Output, StringComparison.Ordinal);

        Assert.True(no.ExitCode == 1, no.ToString());
        Assert.Contains("Computer says no", no.Output, StringComparison.Ordinal);
        Assert.Contains("The verification for the pact between version 1.1.0 of Foo Web and the version of Bar currently in production (2.0.0) failed",
            no.Output, StringComparison.Ordinal);

        Assert.True(unknown.ExitCode == 1, unknown.ToString());
        Assert.Contains("Computer says no", unknown.Output, StringComparison.Ordinal);
        Assert.Contains("There is no verified pact between version 1.2.0 of Foo Web and the version of Bar currently in production (2.0.0)",
            unknown.Output, StringComparison.Ordinal);

        Assert.True(missing.ExitCode == 1, missing.ToString());
        Assert.Contains("No pacts or verifications have been published for version 9.9.9 of Foo Web", missing.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task CanIDeploy_JsonOutputIgnoreAndPairs_WorkAsTheCliExpects(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        await EnvironmentSetup.CreateAsync(broker, "production");
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: false);
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "3.0.0", success: true);

        var json = await CliAsync(broker, "can-i-deploy", "-a", "Foo", "-e", "1.0.0", "-a", "Bar", "-e", "2.0.0", "-o", "json");
        var ignored = await CliAsync(broker, "can-i-deploy", "-a", "Foo", "-e", "1.0.0", "--to-environment", "production", "--ignore", "Bar");
        var pair = await CliAsync(broker, "can-i-deploy", "-a", "Foo", "-e", "1.0.0", "-a", "Bar", "-e", "3.0.0");

        Assert.True(json.ExitCode == 0, json.ToString());
        var answer = JsonNode.Parse(json.Output)!;
        Assert.False(answer["summary"]!["deployable"]!.GetValue<bool>());
        Assert.Equal("2.0.0", answer["matrix"]![0]!["provider"]!["version"]!["number"]!.GetValue<string>());

        Assert.True(ignored.ExitCode == 0, ignored.ToString());
        Assert.Contains("Computer says yes", ignored.Output, StringComparison.Ordinal);

        Assert.True(pair.ExitCode == 0, pair.ToString());
        Assert.True(Regex.IsMatch(pair.Output, @"Foo\s*┆\s*1\.0\.0\s*┆\s*Bar\s*┆\s*3\.0\.0"), pair.ToString());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task CanIDeploy_RetryWhileUnknown_AsksAgainThenGivesTheLastAnswer(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        var requests = new RequestCounter();
        await using var broker = await TestBroker.StartAsync(store, services: requests.AddTo);
        await EnvironmentSetup.CreateAsync(broker, "production");
        await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));

        var result = await CliAsync(broker, "can-i-deploy", "-a", "Foo", "-e", "1.0.0", "--to-environment", "production",
            "--retry-while-unknown", "2", "--retry-interval", "1");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("Computer says no", result.Output, StringComparison.Ordinal);
        Assert.Equal(3, requests["/matrix"]);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task CanIMerge_ChecksAgainstTheMainBranches(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        await broker.SendAsync(HttpMethod.Patch, "/pacticipants/Bar", """{"mainBranch":"main"}""", "application/merge-patch+json");
        var verified = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"), branch: "feature/a");
        await VerificationSetup.PublishAsync(broker, "Foo", "1.1.0", Publications.Pact("Foo", "Bar", "something new"), branch: "feature/b");
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", verified, "2.0.0", success: true, branch: "main");

        var yes = await CliAsync(broker, "can-i-merge", "-a", "Foo", "-e", "1.0.0");
        var no = await CliAsync(broker, "can-i-merge", "-a", "Foo", "-e", "1.1.0");

        Assert.True(yes.ExitCode == 0, yes.ToString());
        Assert.Contains("Computer says yes", yes.Output, StringComparison.Ordinal);
        Assert.True(no.ExitCode == 1, no.ToString());
        Assert.Contains("There is no verified pact between version 1.1.0 of Foo and the latest version of Bar from branch main (2.0.0)",
            no.Output, StringComparison.Ordinal);
    }

    private static Task<ProcessResult> CliAsync(TestBroker broker, params string[] arguments) =>
        ReferencePactCli.RunAsync(["broker", .. arguments, "-b", broker.Base], Timeout, TestContext.Current.CancellationToken);
}
