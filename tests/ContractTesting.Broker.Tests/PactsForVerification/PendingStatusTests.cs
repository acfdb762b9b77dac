using ContractTesting.Broker.Tests.Support;
using static ContractTesting.Broker.Tests.Support.ForVerification;

namespace ContractTesting.Broker.Tests.PactsForVerification;

public sealed class PendingStatusTests
{
    private const string Latest = """{"latest": true}""";

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Pending_ByBranch_EndsWithASuccessOnThatBranchOrOneBeforeTheBranchWasCreated(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var sha = await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users"));
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Users/branches/feat%2Fearly/versions/0", "{}");

        var before = (await PactsAsync(broker, "Users", Request(providerVersionBranch: "main", selectors: Latest)))[0]!;
        await VerificationSetup.VerifyAsync(broker, "Users", "Orders", sha, "1.0", success: false, branch: "main");
        var afterFailure = (await PactsAsync(broker, "Users", Request(providerVersionBranch: "main", selectors: Latest)))[0]!;
        await VerificationSetup.VerifyAsync(broker, "Users", "Orders", sha, "1.1", success: true, branch: "main");
        var onMain = (await PactsAsync(broker, "Users", Request(providerVersionBranch: "main", selectors: Latest)))[0]!;
        var newBranch = (await PactsAsync(broker, "Users", Request(providerVersionBranch: "feat/new", selectors: Latest)))[0]!;
        var olderBranch = (await PactsAsync(broker, "Users", Request(providerVersionBranch: "feat/early", selectors: Latest)))[0]!;

        Assert.True(Pending(before));
        Assert.Contains(
            "This pact is in pending state for this version of Users because a successful verification result for a version of Users from branch 'main' has not yet been published.",
            Notices(before, "before_verification")[1], StringComparison.Ordinal);
        Assert.Equal(
            "This pact is no longer in pending state for any version of Users from branch 'main', as a successful verification result has been published. If a verification for a version of Users fails in the future, it will fail the build. Read more at https://docs.pact.io/go/pending",
            Assert.Single(Notices(before, "after_verification:success_true_published_true")));
        Assert.Single(Notices(before, "after_verification:success_false_published_true"));
        Assert.True(Pending(afterFailure));
        Assert.False(Pending(onMain));
        Assert.StartsWith("This pact has previously been successfully verified by a version of Users from branch 'main'.",
            Notices(onMain, "before_verification")[1], StringComparison.Ordinal);
        Assert.Empty(Notices(onMain, "after_verification:success_true_published_true"));
        Assert.False(Pending(newBranch));
        Assert.True(Pending(olderBranch));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Pending_ByTags_IsPendingWhileAnyTagHasNoSuccess(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var sha = await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users"));
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Users/versions/0.9/tags/prod", "{}");
        await VerificationSetup.VerifyAsync(broker, "Users", "Orders", sha, "1.0", success: true, tags: ["dev"]);

        var both = (await PactsAsync(broker, "Users", Request(tags: ["dev", "prod"], selectors: Latest)))[0]!;
        var dev = (await PactsAsync(broker, "Users", Request(tags: ["dev"], selectors: Latest)))[0]!;
        var fresh = (await PactsAsync(broker, "Users", Request(tags: ["new"], selectors: Latest)))[0]!;

        Assert.True(Pending(both));
        Assert.Contains("a successful verification result for a version of Users with tag 'prod' has not yet been published",
            Notices(both, "before_verification")[1], StringComparison.Ordinal);
        Assert.Contains("as the successful verification results with this tag have not yet been published.",
            Notices(both, "after_verification:success_true_published_false")[0], StringComparison.Ordinal);
        Assert.False(Pending(dev));
        Assert.StartsWith("This pact has previously been successfully verified by a version of Users with tag 'dev'.",
            Notices(dev, "before_verification")[1], StringComparison.Ordinal);
        Assert.False(Pending(fresh));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Pending_WithoutBranchOrTags_EndsWithAnySuccessAndIsLeftOutWhenNotAskedFor(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var sha = await VerificationSetup.PublishAsync(broker, "Orders", "1", Publications.Pact("Orders", "Users"));

        var before = (await PactsAsync(broker, "Users", Request(selectors: Latest)))[0]!;
        await VerificationSetup.VerifyAsync(broker, "Users", "Orders", sha, "1.0", success: true, branch: "anything");
        var after = (await PactsAsync(broker, "Users", Request(selectors: Latest)))[0]!;
        var notAsked = (await PactsAsync(broker, "Users", Request(pending: false, selectors: Latest)))[0]!;

        Assert.True(Pending(before));
        Assert.Contains("a successful verification result for Users has not yet been published", Notices(before, "before_verification")[1], StringComparison.Ordinal);
        Assert.False(Pending(after));
        Assert.Null(Pending(notAsked));
        Assert.Single(Notices(notAsked, "before_verification"));
        Assert.Empty(Notices(notAsked, "after_verification:success_false_published_true"));
    }
}
