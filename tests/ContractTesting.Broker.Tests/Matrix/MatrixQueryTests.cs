using System.Net;
using ContractTesting.Broker.Tests.Support;
using static ContractTesting.Broker.Tests.Support.MatrixAnswers;

namespace ContractTesting.Broker.Tests.Matrix;

/// <summary>The matrix's other questions: pairs of versions, tags, the main branch, ignoring, the short form, and refusals.</summary>
public sealed class MatrixQueryTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task TwoVersions_AnswerAboutThatPairOnly(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: true);
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "3.0.0", success: false);

        var good = await AskAsync(broker, "q[][pacticipant]=Foo&q[][version]=1.0.0&q[][pacticipant]=Bar&q[][version]=2.0.0&latestby=cvpv");
        var bad = await AskAsync(broker, "q[][pacticipant]=Foo&q[][version]=1.0.0&q[][pacticipant]=Bar&q[][version]=3.0.0&latestby=cvpv");

        Assert.True(Deployable(good));
        Assert.Equal(["Foo 1.0.0 -> Bar 2.0.0: true"], Rows(good));
        Assert.False(Deployable(bad));
        Assert.Equal("The verification for the pact between version 1.0.0 of Foo and version 3.0.0 of Bar failed", Reason(bad));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task PacticipantAlone_WithoutLatestBy_ListsEveryVerification(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: false);
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: true);
        await VerificationSetup.PublishAsync(broker, "Foo", "1.1.0", Publications.Pact("Foo", "Bar", "another"));

        var every = await AskAsync(broker, "q[][pacticipant]=Foo");
        var latest = await AskAsync(broker, "q[][pacticipant]=Foo&latestby=cvpv");

        Assert.Equal(["Foo 1.1.0 -> Bar -: none", "Foo 1.0.0 -> Bar 2.0.0: true", "Foo 1.0.0 -> Bar 2.0.0: false"], Rows(every));
        Assert.Equal(["Foo 1.1.0 -> Bar -: none", "Foo 1.0.0 -> Bar 2.0.0: true"], Rows(latest));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task ToTag_ComparesWithTheLatestProviderVersionWithThatTag(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: true, tags: ["prod"]);
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "3.0.0", success: false, tags: ["prod"]);
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "4.0.0", success: true, tags: ["test"]);

        var answer = await AskAsync(broker, "q[][pacticipant]=Foo&q[][version]=1.0.0&tag=prod&latestby=cvp&latest=true");

        Assert.False(Deployable(answer));
        Assert.Equal(["Foo 1.0.0 -> Bar 3.0.0: false"], Rows(answer));
        Assert.Contains("the latest version of Bar with tag prod (3.0.0)", Reason(answer), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task NoDestination_UsesTheLatestProviderVersionAndWarns(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: true);

        var answer = await AskAsync(broker, "q[][pacticipant]=Foo&q[][version]=1.0.0&latestby=cvp&latest=true");

        Assert.True(Deployable(answer));
        var notices = answer["notices"]!.AsArray().Select(n => $"{n!["type"]}: {n["text"]}").ToList();
        Assert.Equal(2, notices.Count);
        Assert.StartsWith("warning: WARN: It is recommended to specify the environment", notices[0], StringComparison.Ordinal);
        Assert.Equal("success: All required verification results are published and successful", notices[1]);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task MainBranch_AsCanIMergeAsksIt_ComparesWithTheProvidersMainBranchHead(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.SendAsync(HttpMethod.Patch, "/pacticipants/Bar", """{"mainBranch":"main"}""", "application/merge-patch+json");
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"), branch: "feature/x");
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: true, branch: "main");
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.1.0", success: false, branch: "feature/y");

        var answer = await AskAsync(broker, "q[][pacticipant]=Foo&q[][version]=1.0.0&latestby=cvp&latest=true&mainBranch=true");

        Assert.True(Deployable(answer));
        Assert.Equal(["Foo 1.0.0 -> Bar 2.0.0: true"], Rows(answer));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Ignore_SetsTheProvidersRowsApartAndCountsThem(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await EnvironmentSetup.CreateAsync(broker, "production");
        await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));

        var answer = await AskAsync(broker,
            "q[][pacticipant]=Foo&q[][version]=1.0.0&ignore[][pacticipant]=Bar&ignore[][pacticipant]=Nobody&latestby=cvpv&environment=production");

        Assert.True(Deployable(answer));
        Assert.Equal(["Foo 1.0.0 -> Bar -: none (ignored)"], Rows(answer));
        Assert.Equal(1, answer["summary"]!["ignored"]!.GetValue<int>());
        Assert.Contains("WARN: Cannot ignore any version of Nobody (no such pacticipant exists)", Reason(answer), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task CanIDeployShortForm_AnswersLikeTheMatrix(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var production = await EnvironmentSetup.CreateAsync(broker, "production");
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: true, tags: ["prod"]);
        await EnvironmentSetup.DeployAsync(broker, "Bar", "2.0.0", production);

        var (toEnvironment, environmentAnswer) = await broker.GetAsync("/can-i-deploy?pacticipant=Foo&version=1.0.0&environment=production");
        var (toTag, tagAnswer) = await broker.GetAsync("/can-i-deploy?pacticipant=Foo&version=1.0.0&to=prod");

        Assert.Equal(HttpStatusCode.OK, toEnvironment.StatusCode);
        Assert.True(Deployable(environmentAnswer!));
        Assert.Equal(HttpStatusCode.OK, toTag.StatusCode);
        Assert.True(Deployable(tagAnswer!));
        Assert.Equal(["Foo 1.0.0 -> Bar 2.0.0: true"], Rows(tagAnswer!));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task BadQuestions_Get400WithEveryReason(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));

        var cases = new Dictionary<string, string[]>
        {
            ["q[][pacticipant]=Nope&q[][version]=1"] = ["Pacticipant Nope not found"],
            ["q[][version]=1"] = ["Please specify the pacticipant name"],
            ["q[][pacticipant]=Foo&q[][version]=1&q[][latest]=true"] = ["A version number and latest flag cannot both be specified for Foo"],
            [""] = ["Please provide 1 or more version selectors."],
            ["q[][pacticipant]=Foo&environment=nowhere"] = ["Environment with name 'nowhere' does not exist"],
            ["q[][pacticipant]=Foo&tag=prod&mainBranch=true"] = ["Cannot specify more than one of tag, environment and mainBranch."],
            ["q[][pacticipant]=Foo&limit=0"] = ["The limit must be 1 or greater."],
            ["q[][pacticipant]=Foo&latestby=newest"] = ["latestby must be one of cvpv, cvp or cp, not 'newest'"],
            ["q=Foo"] = ["The q parameter must be a list of selectors, such as q[][pacticipant]=NAME&q[][version]=NUMBER", "Please provide 1 or more version selectors."],
        };

        foreach (var (query, expected) in cases)
        {
            var (response, body) = await broker.GetAsync($"/matrix?{query}");
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode}");
            Assert.Equal(expected, body!["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray());
        }
    }
}
