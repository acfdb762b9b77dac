using System.Net;
using ContractTesting.Broker.Tests.Support;
using static ContractTesting.Broker.Tests.Support.ForVerification;

namespace ContractTesting.Broker.Tests.PactsForVerification;

public sealed class PactsForVerificationEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_BranchSelectors_PickMainBranchNamedBranchEveryBranchOrTheLatest(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await SetMainBranchAsync(broker, "Orders", "main");
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users", "a"), branch: "main");
        await VerificationSetup.PublishAsync(broker, "Orders", "2", Publications.Pact("Orders", "Users", "b"), branch: "feat/x");
        await VerificationSetup.PublishAsync(broker, "Orders", "3", Publications.Pact("Orders", "Users", "c"), branch: "main");
        await VerificationSetup.PublishAsync(broker, "Orders", "4", Publications.Pact("Orders", "Users", "d"), branch: "feat/y");

        var main = await PactsAsync(broker, "Users", Request(selectors: """{"mainBranch": true}"""));
        var named = await PactsAsync(broker, "Users", Request(selectors: """{"branch": "feat/x"}"""));
        var every = await PactsAsync(broker, "Users", Request(selectors: """{"branch": true}"""));
        var latest = await PactsAsync(broker, "Users", Request(selectors: """{"latest": true}"""));

        Assert.Equal(["Orders 3"], Listed(main));
        Assert.Equal("latest from main branch", ShortDescription(main[0]!));
        Assert.Equal(["Orders 2"], Listed(named));
        Assert.Equal("latest from branch feat/x", ShortDescription(named[0]!));
        Assert.Equal(["Orders 2", "Orders 3", "Orders 4"], Listed(every));
        Assert.Equal("latest from branch main", ShortDescription(every[1]!));
        Assert.Equal(["Orders 4"], Listed(latest));
        Assert.Equal("latest", ShortDescription(latest[0]!));
        Assert.Contains("latest version from the main branch 'main' (3)", Notices(main[0]!, "before_verification")[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_BranchHeadWithoutPact_GivesNoneUnlessAFallbackBranchHasOne(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users", "a"), branch: "main");
        await VerificationSetup.PublishAsync(broker, "Orders", "2", Publications.Pact("Orders", "Users", "b"), branch: "dev");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Orders/branches/main/versions/3", "{}");

        var headWithoutPact = await PactsAsync(broker, "Users", Request(selectors: """{"branch": "main"}"""));
        var fallback = await PactsAsync(broker, "Users", Request(selectors: """{"branch": "feat/z", "fallbackBranch": "dev"}"""));
        var noFallbackNeeded = await PactsAsync(broker, "Users", Request(selectors: """{"branch": "dev", "fallbackBranch": "main"}"""));

        Assert.Empty(headWithoutPact);
        Assert.Equal(["Orders 2"], Listed(fallback));
        Assert.Equal("latest from branch dev", ShortDescription(fallback[0]!));
        Assert.Contains("latest version from branch 'dev' (fallback branch used as no pact was found from branch 'feat/z') (2)",
            Notices(fallback[0]!, "before_verification")[0], StringComparison.Ordinal);
        Assert.Equal(["Orders 2"], Listed(noFallbackNeeded));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_TagSelectors_PickTheLatestOrEveryTaggedVersionOrTheFallbackTag(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users", "a"), tags: ["prod"]);
        await VerificationSetup.PublishAsync(broker, "Orders", "2", Publications.Pact("Orders", "Users", "b"), tags: ["prod"]);
        await VerificationSetup.PublishAsync(broker, "Orders", "3", Publications.Pact("Orders", "Users", "c"), tags: ["dev"]);

        var latestProd = await PactsAsync(broker, "Users", Request(selectors: """{"tag": "prod", "latest": true}"""));
        var allProd = await PactsAsync(broker, "Users", Request(selectors: """{"tag": "prod"}"""));
        var fallback = await PactsAsync(broker, "Users", Request(selectors: """{"tag": "test", "latest": true, "fallbackTag": "dev"}"""));

        Assert.Equal(["Orders 2"], Listed(latestProd));
        Assert.Equal("latest with tag prod", ShortDescription(latestProd[0]!));
        Assert.Equal(["Orders 1", "Orders 2"], Listed(allProd));
        Assert.Equal("one of prod", ShortDescription(allProd[0]!));
        Assert.Equal(["Orders 3"], Listed(fallback));
        Assert.Equal("latest with tag dev", ShortDescription(fallback[0]!));
        Assert.Contains("tagged 'dev' (fallback tag used as no pact was found with tag 'test')", Notices(fallback[0]!, "before_verification")[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_EnvironmentSelectors_PickWhatIsDeployedOrStillSupported(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod", production: true);
        var test = await EnvironmentSetup.CreateAsync(broker, "test");
        for (var i = 1; i <= 5; i++)
        {
            await VerificationSetup.PublishAsync(broker, "Orders", $"{i}", Publications.Pact("Orders", "Users", $"content {i}"));
        }

        await EnvironmentSetup.DeployAsync(broker, "Orders", "1", prod);
        await EnvironmentSetup.DeployAsync(broker, "Orders", "2", test);
        await EnvironmentSetup.ReleaseAsync(broker, "Orders", "3", prod);
        var ended = await EnvironmentSetup.ReleaseAsync(broker, "Orders", "4", test);
        await EnvironmentSetup.PatchAsync(broker, ended["_links"]!["self"]!["href"]!.GetValue<string>(), """{"currentlySupported": false}""");

        var deployed = await PactsAsync(broker, "Users", Request(selectors: """{"deployed": true}"""));
        var deployedToProd = await PactsAsync(broker, "Users", Request(selectors: """{"deployed": true, "environment": "prod"}"""));
        var released = await PactsAsync(broker, "Users", Request(selectors: """{"released": true}"""));
        var inProd = await PactsAsync(broker, "Users", Request(selectors: """{"deployedOrReleased": true, "environment": "prod"}"""));
        var inTest = await PactsAsync(broker, "Users", Request(selectors: """{"environment": "test"}"""));

        Assert.Equal(["Orders 1", "Orders 2"], Listed(deployed));
        Assert.Equal("deployed to prod", ShortDescription(deployed[0]!));
        Assert.Equal(["Orders 1"], Listed(deployedToProd));
        Assert.Equal(["Orders 3"], Listed(released));
        Assert.Equal("released in prod", ShortDescription(released[0]!));
        Assert.Equal(["Orders 1", "Orders 3"], Listed(inProd));
        Assert.Equal(["Orders 2"], Listed(inTest));
        Assert.Contains("consumer version(s) currently deployed to prod (1)", Notices(deployed[0]!, "before_verification")[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_ConsumerAndMatchingBranch_NarrowTheSelection(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users", "a"), branch: "feat/x");
        await VerificationSetup.PublishAsync(broker, "Billing", "7", Publications.Pact("Billing", "Users", "b"), branch: "main");

        var billing = await PactsAsync(broker, "Users", Request(selectors: """{"latest": true, "consumer": "Billing"}"""));
        var unknownConsumer = await PactsAsync(broker, "Users", Request(selectors: """{"latest": true, "consumer": "Nobody"}"""));
        var matching = await PactsAsync(broker, "Users", Request(providerVersionBranch: "feat/x", selectors: """{"matchingBranch": true}"""));
        var all = await PactsAsync(broker, "Users", Request(selectors: """{"latest": true}"""));

        Assert.Equal(["Billing 7"], Listed(billing));
        Assert.Contains("latest version of Billing that has a pact with Users (7)", Notices(billing[0]!, "before_verification")[0], StringComparison.Ordinal);
        Assert.Empty(unknownConsumer);
        Assert.Equal(["Orders 1"], Listed(matching));
        Assert.Equal(["Billing 7", "Orders 1"], Listed(all));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_SameContentFromSeveralSelectors_IsOneEntryForTheNewestVersionWithEverySelector(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await SetMainBranchAsync(broker, "Orders", "main");
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod");
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users", "same"), tags: ["prod"]);
        await VerificationSetup.PublishAsync(broker, "Orders", "2", Publications.Pact("Orders", "Users", "same"), branch: "main");
        await EnvironmentSetup.DeployAsync(broker, "Orders", "1", prod);

        var pacts = await PactsAsync(broker, "Users", Request(selectors: ["""{"mainBranch": true}""", """{"tag": "prod", "latest": true}""", """{"deployed": true}"""]));

        var entry = Assert.Single(pacts)!;
        Assert.Equal("Orders 2", Version(entry));
        Assert.Equal("latest from main branch, latest with tag prod, deployed to prod", ShortDescription(entry));
        var inclusion = Notices(entry, "before_verification")[0];
        Assert.Contains("belongs to the consumer versions matching the following criteria:", inclusion, StringComparison.Ordinal);
        Assert.Contains("    * latest version from the main branch 'main' (2)", inclusion, StringComparison.Ordinal);
        Assert.Contains("    * latest version tagged 'prod' (1)", inclusion, StringComparison.Ordinal);
        Assert.Contains("    * consumer version(s) currently deployed to prod (1)", inclusion, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_NoSelectors_UsesMainBranchOrLatestOfEachConsumerPlusDeployedAndReleased(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await SetMainBranchAsync(broker, "Orders", "main");
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod");
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users", "a"), branch: "main");
        await VerificationSetup.PublishAsync(broker, "Orders", "2", Publications.Pact("Orders", "Users", "b"), branch: "main");
        await VerificationSetup.PublishAsync(broker, "Orders", "3", Publications.Pact("Orders", "Users", "c"), branch: "feat");
        await VerificationSetup.PublishAsync(broker, "Billing", "1", Publications.Pact("Billing", "Users", "x"));
        await VerificationSetup.PublishAsync(broker, "Billing", "2", Publications.Pact("Billing", "Users", "y"));
        await EnvironmentSetup.DeployAsync(broker, "Orders", "1", prod);

        var pacts = await PactsAsync(broker, "Users", Request());

        Assert.Equal(["Billing 2", "Orders 1", "Orders 2"], Listed(pacts));
        Assert.Equal(["latest", "deployed to prod", "latest from main branch"], pacts.Select(p => ShortDescription(p!)));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_SelfHref_IsThePactWhoseVerificationLinkRecordsHowItWasSelected(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users"), branch: "main");
        var entry = (await PactsAsync(broker, "Users", Request(providerVersionBranch: "main", selectors: """{"branch": "main"}""")))[0]!;

        var (pactResponse, pact) = await broker.GetAsync(new Uri(entry["_links"]!["self"]!["href"]!.GetValue<string>()).PathAndQuery);
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Users/branches/main/versions/9", "{}");
        var (published, _) = await VerificationSetup.PostAsync(broker,
            pact!["_links"]!["pb:publish-verification-results"]!["href"]!.GetValue<string>(), VerificationSetup.Result("9", success: true));
        var again = (await PactsAsync(broker, "Users", Request(providerVersionBranch: "main", selectors: """{"branch": "main"}""")))[0]!;

        Assert.Equal(HttpStatusCode.OK, pactResponse.StatusCode);
        Assert.Equal("Orders", pact["consumer"]!["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM verifications WHERE pact_pending = TRUE"));
        Assert.Equal(1, await broker.ScalarAsync(
            """SELECT COUNT(*) FROM verifications WHERE consumer_version_selector_hashes = '[{"branch":"main","latest":true,"consumerVersionNumber":"1"}]'"""));
        Assert.True(Pending(entry));
        Assert.False(Pending(again));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_DeprecatedForm_ReadsTheQueryAndWarns(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users", "a"), tags: ["prod"]);
        await VerificationSetup.PublishAsync(broker, "Orders", "2", Publications.Pact("Orders", "Users", "b"));

        var (response, body) = await broker.GetAsync("/pacts/provider/Users/for-verification?consumer_version_selectors[][tag]=prod&consumer_version_selectors[][latest]=true");
        var (defaults, defaultsBody) = await broker.GetAsync("/pacts/provider/Users/for-verification");
        var (unknown, _) = await broker.GetAsync("/pacts/provider/Nobody/for-verification");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pacts = body!["_embedded"]!["pacts"]!.AsArray();
        Assert.Equal(["Orders 1"], Listed(pacts));
        Assert.StartsWith("WARNING - this version of the Pact library uses a beta version", Notices(pacts[0]!, "before_verification")[0], StringComparison.Ordinal);
        Assert.Equal($"{broker.Base}/pacts/provider/Users/for-verification", defaultsBody!["_links"]!["self"]!["href"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, defaults.StatusCode);
        Assert.Equal(["Orders 2"], Listed(defaultsBody["_embedded"]!["pacts"]!.AsArray()));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
