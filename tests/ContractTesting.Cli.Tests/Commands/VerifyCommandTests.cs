using ContractTesting.Cli.Tests.Support;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Cli.Tests.Commands;

/// <summary><c>contract verify</c> end to end: a provider on Kestrel, pacts from files, the real broker and a stub broker that records what is published.</summary>
public sealed class VerifyCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_PactFileAndStateChangeUrl_PassesAndSetsTheState()
    {
        await using var provider = await TestProvider.StartAsync();
        var pact = _folder.File("Web-Users.json", TestPacts.WebUsers());

        var result = await ContractRun.RunAsync("verify", "-n", "Users", "-f", pact, "--provider-base-url", provider.BaseUrl.AbsoluteUri,
            "--state-change-url", provider.StateChangeUrl.AbsoluteUri);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("a request for user 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("Users honours its pacts.", result.Out, StringComparison.Ordinal);
        var setup = Assert.Single(provider.StateChanges);
        Assert.Equal("user 1 exists", (string?)setup["state"]);
        Assert.Equal("setup", (string?)setup["action"]);
    }

    [Fact]
    public async Task Run_ProviderBreaksThePact_ExitsOneAndWritesTheReports()
    {
        await using var provider = await TestProvider.StartAsync(name: "Grace");
        _folder.File("pacts/Web-Users.json", TestPacts.WebUsers());

        var result = await new ContractRun { WorkingDirectory = _folder.Path }.RunInAsync("verify", "-n", "Users", "-d", "pacts",
            "--hostname", "127.0.0.1", "-p", provider.BaseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--state-change-url", provider.StateChangeUrl.AbsoluteUri, "--junit", "out/junit.xml", "--json", "out/report.json", "--markdown", "out/summary.md");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches("a request for user 1.*: FAILED", result.Out);
        Assert.Contains("Users does not honour its pacts.", result.Out, StringComparison.Ordinal);
        Assert.Contains("<failure", File.ReadAllText(Path.Combine(_folder.Path, "out/junit.xml")), StringComparison.Ordinal);
        Assert.Contains("Grace", File.ReadAllText(Path.Combine(_folder.Path, "out/report.json")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "out/summary.md")));
    }

    [Fact]
    public async Task Run_FilterDescriptionTakesNothing_FailsForNoInteractions()
    {
        await using var provider = await TestProvider.StartAsync();
        var pact = _folder.File("Web-Users.json", TestPacts.WebUsers());

        var result = await ContractRun.RunAsync("verify", "-n", "Users", "-f", pact, "--provider-base-url", provider.BaseUrl.AbsoluteUri,
            "--state-change-url", provider.StateChangeUrl.AbsoluteUri, "--filter-description", "orders");

        Assert.Empty(provider.StateChanges);
        Assert.DoesNotContain("a request for user 1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_BrokerWithSelectorsAndPublish_AsksForThePactsAndPublishesTheResults()
    {
        await using var provider = await TestProvider.StartAsync();
        await using var broker = await StubBroker.StartAsync();
        const string pactPath = "/pacts/provider/Users/consumer/OrderService/pact-version/abc";
        broker.On("GET", "/", 200, BrokerDocuments.Index(broker))
            .On("GET", "/pacts/provider/Users/for-verification", 200, BrokerDocuments.Self(broker.Href("/pacts/provider/Users/for-verification")))
            .On("POST", "/pacts/provider/Users/for-verification", 200, BrokerDocuments.PactsForVerification(broker, BrokerDocuments.Verifiable(broker.Href(pactPath), pending: false)))
            .On("GET", pactPath, 200, BrokerDocuments.Pact(broker, pactPath, provider: "Users"))
            .On("GET", "/pacticipants/Users", 200, BrokerDocuments.Pacticipant(broker, "Users"))
            .On("PUT", "/pacticipants/Users/branches/main/versions/2.0.0", 200, new JObject())
            .On("POST", pactPath + "/verification-results", 201, new JObject());

        var result = await ContractRun.RunAsync("verify", "-n", "Users", "--provider-base-url", provider.BaseUrl.AbsoluteUri,
            "-b", broker.BaseUrl.AbsoluteUri, "--consumer-version-selectors", """{"mainBranch": true}""", "--consumer-version-selectors", """{"deployedOrReleased": true}""",
            "--enable-pending", "--publish", "--provider-app-version", "2.0.0", "--provider-branch", "main", "--build-url", "http://ci/1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(
            JObject.Parse("""{"consumerVersionSelectors":[{"mainBranch":true},{"deployedOrReleased":true}],"includePendingStatus":true,"providerVersionBranch":"main"}"""),
            broker.Received("POST", "/pacts/provider/Users/for-verification").Json);
        var published = broker.Received("POST", pactPath + "/verification-results").Json;
        Assert.Equal("2.0.0", (string?)published["providerApplicationVersion"]);
        Assert.True((bool)published["success"]!);
        Assert.Equal("http://ci/1", (string?)published["buildUrl"]);
        Assert.Single(broker.Requests, r => r is { Method: "PUT", Target: "/pacticipants/Users/branches/main/versions/2.0.0" });
    }

    [Fact]
    public async Task Run_PactUrlOnTheRealBroker_VerifiesThePublishedPact()
    {
        await using var broker = await TestBrokers.StartAsync();
        await using var provider = await TestProvider.StartAsync();
        var pact = _folder.File("Web-Users.json", TestPacts.WebUsers());
        Assert.Equal(0, (await ContractRun.RunAsync("publish", pact, "-a", "1.0.0", "-b", broker.Url)).ExitCode);

        var result = await ContractRun.RunAsync("verify", "-n", "Users", "--provider-base-url", provider.BaseUrl.AbsoluteUri,
            "--state-change-url", provider.StateChangeUrl.AbsoluteUri, "-u", broker.Url + "pacts/provider/Users/consumer/Web/version/1.0.0");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches("a request for user 1.*: passed", result.Out);
    }

    [Theory]
    [InlineData("no pacts to verify", "verify", "-n", "Users", "--provider-base-url", "http://127.0.0.1:1")]
    [InlineData("'--publish' needs '--provider-app-version <VERSION>'", "verify", "-n", "Users", "-u", "http://127.0.0.1:1/p", "--provider-base-url", "http://127.0.0.1:1", "--publish")]
    [InlineData("unknown key 'mainbranch'", "verify", "-n", "Users", "-b", "http://127.0.0.1:1", "--provider-base-url", "http://127.0.0.1:1", "--consumer-version-selectors", "{\"mainbranch\": true}")]
    [InlineData("the provider is missing", "verify", "-n", "Users", "-u", "http://127.0.0.1:1/p")]
    [InlineData("'-n/--provider-name <NAME>' is required", "verify", "-u", "http://127.0.0.1:1/p")]
    [InlineData("need '-b/--broker-url <URL>'", "verify", "-n", "Users", "-u", "http://127.0.0.1:1/p", "--provider-base-url", "http://127.0.0.1:1", "--enable-pending")]
    [InlineData("expected a date", "verify", "-n", "Users", "-b", "http://127.0.0.1:1", "--provider-base-url", "http://127.0.0.1:1", "--include-wip-pacts-since", "yesterday")]
    public async Task Run_WrongArguments_ExplainsAndExitsTwo(string problem, params string[] args)
    {
        var result = await ContractRun.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(problem, result.Error, StringComparison.Ordinal);
    }
}
