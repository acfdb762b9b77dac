using ContractTesting.Broker.Pacts;
using ContractTesting.Broker.Tests.Support;
using static ContractTesting.Broker.Tests.Support.ForVerification;

namespace ContractTesting.Broker.Tests.PactsForVerification;

public sealed class WorkInProgressPactsTests
{
    private const string MainBranch = """{"mainBranch": true}""";

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Wip_UnverifiedHeadsSinceTheDate_AreAddedPendingUntilTheBranchVerifiesThemOutsideWip(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await SetMainBranchAsync(broker, "Orders", "main");
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users", "a"), branch: "main");
        var feature = await VerificationSetup.PublishAsync(broker, "Orders", "2", Publications.Pact("Orders", "Users", "b"), branch: "feat/x");
        var request = Request(providerVersionBranch: "main", wipSince: "2000-01-01", selectors: MainBranch);

        var pacts = await PactsAsync(broker, "Users", request);
        var future = await PactsAsync(broker, "Users", Request(providerVersionBranch: "main", wipSince: "2999-01-01", selectors: MainBranch));
        var noBranch = await PactsAsync(broker, "Users", Request(wipSince: "2000-01-01", selectors: MainBranch));
        var wipHref = pacts[1]!["_links"]!["self"]!["href"]!.GetValue<string>();
        await VerificationSetup.PostAsync(broker, $"{wipHref}/verification-results", VerificationSetup.Result("9", success: true));
        var afterWipSuccess = await PactsAsync(broker, "Users", request);
        await VerificationSetup.VerifyAsync(broker, "Users", "Orders", feature, "10", success: true, branch: "main");
        var afterSuccess = await PactsAsync(broker, "Users", request);

        Assert.Equal(["Orders 1", "Orders 2"], Listed(pacts));
        Assert.False(Wip(pacts[0]!));
        Assert.True(Wip(pacts[1]!));
        Assert.True(Pending(pacts[1]!));
        Assert.Equal("latest from branch feat/x", ShortDescription(pacts[1]!));
        Assert.True(PactMetadata.Decode(wipHref[(wipHref.LastIndexOf('/') + 1)..]).Wip);
        Assert.StartsWith(
            $"The pact at {wipHref} is being verified because it is a 'work in progress' pact (ie. it is the pact for the latest version of Orders from branch 'feat/x' and it has not yet been successfully verified by a version of Users from branch 'main'",
            Notices(pacts[1]!, "before_verification")[0], StringComparison.Ordinal);
        Assert.Contains("because it was included as a 'work in progress' pact", Notices(pacts[1]!, "before_verification")[1], StringComparison.Ordinal);
        Assert.Equal(["Orders 1"], Listed(future));
        Assert.Equal(["Orders 1"], Listed(noBranch));
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM verifications WHERE wip = TRUE"));
        Assert.Equal(["Orders 1", "Orders 2"], Listed(afterWipSuccess));
        Assert.Equal(["Orders 1"], Listed(afterSuccess));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Wip_ByTags_AreTheTagHeadsEachTagHasNotVerified(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users", "a"), tags: ["prod"]);
        var dev = await VerificationSetup.PublishAsync(broker, "Orders", "2", Publications.Pact("Orders", "Users", "b"), tags: ["dev"]);
        var request = Request(tags: ["main"], wipSince: "2000-01-01", selectors: """{"tag": "prod", "latest": true}""");

        var before = await PactsAsync(broker, "Users", request);
        await VerificationSetup.VerifyAsync(broker, "Users", "Orders", dev, "10", success: true, tags: ["main"]);
        var after = await PactsAsync(broker, "Users", request);

        Assert.Equal(["Orders 1", "Orders 2"], Listed(before));
        Assert.True(Wip(before[1]!));
        Assert.Equal("latest with tag dev", ShortDescription(before[1]!));
        Assert.Contains("the latest version of Orders tagged with 'dev' and it has not yet been successfully verified by a version of Users with tag 'main'",
            Notices(before[1]!, "before_verification")[0], StringComparison.Ordinal);
        Assert.Equal(["Orders 1"], Listed(after));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Wip_PactAlreadySelected_IsNotListedTwice(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users", "a"), branch: "feat/x");

        var pacts = await PactsAsync(broker, "Users", Request(providerVersionBranch: "main", wipSince: "2000-01-01", selectors: """{"branch": "feat/x"}"""));

        var entry = Assert.Single(pacts)!;
        Assert.False(Wip(entry));
        Assert.True(Pending(entry));
    }
}
