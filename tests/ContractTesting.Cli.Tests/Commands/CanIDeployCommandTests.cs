using ContractTesting.Cli.Tests.Support;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Cli.Tests.Commands;

/// <summary>
/// can-i-deploy and can-i-merge against a stub matrix, which answers exactly what each test needs: the query each argv
/// builds (the official CLI's, doc section 2), the rendering and the exit codes (section 4). The answers of the real
/// broker are in <see cref="CanIDeployAgainstTheBrokerTests"/>.
/// </summary>
public sealed class CanIDeployCommandTests : IAsyncLifetime
{
    private StubBroker _broker = null!;

    public async ValueTask InitializeAsync() => _broker = await StubBroker.StartAsync();

    public async ValueTask DisposeAsync() => await _broker.DisposeAsync();

    [Theory]
    [InlineData("/matrix?q[][pacticipant]=Foo%20Web&q[][version]=1.0.0&latestby=cvpv&environment=production",
        "-a", "Foo Web", "-e", "1.0.0", "--to-environment", "production")]
    [InlineData("/matrix?q[][pacticipant]=Foo&q[][version]=1.0.0&tag=prod&latestby=cvp&latest=true",
        "-a", "Foo", "-e", "1.0.0", "--to", "prod")]
    [InlineData("/matrix?q[][pacticipant]=Foo&q[][version]=1.0.0&q[][pacticipant]=Bar&q[][latest]=true&q[][tag]=main&ignore[][pacticipant]=Baz&ignore[][version]=2&latestby=cvpv",
        "-a", "Foo", "-e", "1.0.0", "-a", "Bar", "--latest", "main", "--ignore", "Baz", "--version", "2")]
    [InlineData("/matrix?q[][pacticipant]=Foo&q[][branch]=main&q[][pacticipant]=Bar&q[][mainBranch]=true&tag=prod&latestby=cvpv",
        "--pacticipant", "Foo", "--branch", "main", "--pacticipant", "Bar", "--main-branch", "--to", "prod")]
    [InlineData("/matrix?q[][pacticipant]=Foo&q[][latest]=true&latestby=cvp&latest=true", "-a", "Foo", "--latest")]
    public async Task Run_OfficialArguments_SendsTheOfficialQuery(string expected, params string[] selectors)
    {
        _broker.On("GET", expected, 200, Answer(true));

        var result = await ContractRun.RunAsync([.. Args(), .. selectors]);

        Assert.Equal(0, result.ExitCode);
        Assert.Single(_broker.Requests, r => r.Target == expected);
    }

    [Fact]
    public async Task Run_CanIMerge_SendsTheOfficialQuery()
    {
        const string expected = "/matrix?q[][pacticipant]=Foo&q[][version]=1&latestby=cvp&latest=true&mainBranch=true";
        _broker.On("GET", expected, 200, Answer(true));

        var result = await ContractRun.RunAsync("can-i-merge", "-a", "Foo", "-e", "1", "-b", _broker.BaseUrl.AbsoluteUri);

        Assert.Equal(0, result.ExitCode);
        Assert.Single(_broker.Requests, r => r.Target == expected);
    }

    [Fact]
    public async Task Run_CanIMergeWithADestination_IsAUsageError()
    {
        var result = await ContractRun.RunAsync("can-i-merge", "-a", "Foo", "-e", "1", "--to-environment", "production", "-b", _broker.BaseUrl.AbsoluteUri);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(_broker.Requests);
    }

    [Fact]
    public async Task Run_Deployable_PrintsTheTableAndYesAndExitsZero()
    {
        _broker.On("GET", Query, 200, Answer(true));

        var result = await ContractRun.RunAsync([.. Args(), "-a", "Web", "-e", "1", "--to-environment", "production"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("CONSUMER | C.VERSION | PROVIDER | P.VERSION | SUCCESS? | RESULT#", result.Out, StringComparison.Ordinal);
        Assert.Contains("Web      | 1         | Users    | 7         | true     | 1", result.Out, StringComparison.Ordinal);
        Assert.Contains($"1. {_broker.Href("/verification-results/1")} (success)", result.Out, StringComparison.Ordinal);
        Assert.Contains("All required verification results are published and successful", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("Computer says yes \\o/\n", result.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public async Task Run_NotDeployable_SaysNoAndExitsOne(bool? deployable)
    {
        _broker.On("GET", Query, 200, Answer(deployable));

        var result = await ContractRun.RunAsync([.. Args(), "-a", "Web", "-e", "1", "--to-environment", "production"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Computer says no", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Computer says yes", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_JsonOutputAndNotDeployable_PrintsTheBrokersJsonAndExitsZero()
    {
        _broker.On("GET", Query, 200, Answer(false));

        var result = await ContractRun.RunAsync([.. Args(), "-a", "Web", "-e", "1", "--to-environment", "production", "-o", "json"]);

        Assert.Equal(0, result.ExitCode);
        Assert.False((bool)JObject.Parse(result.Out)["summary"]!["deployable"]!);
    }

    [Fact]
    public async Task Run_DryRunAndNotDeployable_ExitsZero()
    {
        _broker.On("GET", Query, 200, Answer(false));

        var result = await ContractRun.RunAsync([.. Args(), "-a", "Web", "-e", "1", "--to-environment", "production", "--dry-run"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Computer says no", result.Out, StringComparison.Ordinal);
        Assert.Contains("Dry run", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RetryWhileUnknown_AsksAgainUntilTheAnswerIsKnown()
    {
        var calls = 0;
        _broker.On("GET", Query, _ => new StubAnswer(200, Answer(Interlocked.Increment(ref calls) < 3 ? null : true).ToString()));

        var result = await ContractRun.RunAsync([.. Args(), "-a", "Web", "-e", "1", "--to-environment", "production", "--retry-while-unknown", "5", "--retry-interval", "0"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, calls);
        Assert.Contains("asked 3 times", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RetryWhileUnknownStaysUnknown_StopsAfterTheRetriesAndExitsOne()
    {
        _broker.On("GET", Query, 200, Answer(null));

        var result = await ContractRun.RunAsync([.. Args(), "-a", "Web", "-e", "1", "--to-environment", "production", "--retry-while-unknown", "2", "--retry-interval", "0"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, _broker.Requests.Count);
    }

    [Fact]
    public async Task Run_BrokerRefuses_PrintsItsErrorsAndExitsOne()
    {
        _broker.On("GET", Query, 400, JObject.Parse("""{"errors": ["Pacticipant Web not found"]}"""), "application/json");

        var result = await ContractRun.RunAsync([.. Args(), "-a", "Web", "-e", "1", "--to-environment", "production"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Pacticipant Web not found", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("must follow the '-a/--pacticipant", "-e", "1", "-a", "Web")]
    [InlineData("required arguments were not provided: --pacticipant", "--to-environment", "production")]
    [InlineData("a version number and latest cannot both be given", "-a", "Web", "-e", "1", "--latest")]
    [InlineData("expected a whole number", "-a", "Web", "--retry-while-unknown", "many")]
    [InlineData("expected one of table, json", "-a", "Web", "-o", "yaml")]
    public async Task Run_WrongArguments_ExplainsAndExitsTwo(string problem, params string[] args)
    {
        var result = await ContractRun.RunAsync([.. Args(), .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(problem, result.Error, StringComparison.Ordinal);
        Assert.Contains("Usage: contract can-i-deploy", result.Error, StringComparison.Ordinal);
        Assert.Empty(_broker.Requests);
    }

    [Fact]
    public async Task Run_BaseUrlFromTheEnvironment_UsesItAndTheToken()
    {
        _broker.On("GET", Query, 200, Answer(true));
        var cli = new ContractRun().With("PACT_BROKER_BASE_URL", _broker.BaseUrl.AbsoluteUri).With("PACT_BROKER_TOKEN", "s3cret");

        var result = await cli.RunInAsync("can-i-deploy", "-a", "Web", "-e", "1", "--to-environment", "production");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Bearer s3cret", _broker.Received("GET", Query).Header("Authorization"));
    }

    private const string Query = "/matrix?q[][pacticipant]=Web&q[][version]=1&latestby=cvpv&environment=production";

    private string[] Args() => ["can-i-deploy", "-b", _broker.BaseUrl.AbsoluteUri];

    private JObject Answer(bool? deployable) => new()
    {
        ["summary"] = new JObject
        {
            ["deployable"] = deployable is null ? JValue.CreateNull() : deployable.Value,
            ["reason"] = "All required verification results are published and successful",
        },
        ["notices"] = new JArray(new JObject { ["type"] = "success", ["text"] = "All required verification results are published and successful" }),
        ["matrix"] = new JArray(new JObject
        {
            ["consumer"] = new JObject { ["name"] = "Web", ["version"] = new JObject { ["number"] = "1" } },
            ["provider"] = new JObject { ["name"] = "Users", ["version"] = new JObject { ["number"] = "7" } },
            ["verificationResult"] = new JObject
            {
                ["success"] = deployable ?? false,
                ["_links"] = new JObject { ["self"] = new JObject { ["href"] = _broker.Href("/verification-results/1") } },
            },
        }),
    };
}
