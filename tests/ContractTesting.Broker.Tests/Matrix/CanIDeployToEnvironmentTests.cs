using ContractTesting.Broker.Tests.Support;
using static ContractTesting.Broker.Tests.Support.MatrixAnswers;

namespace ContractTesting.Broker.Tests.Matrix;

/// <summary>can-i-deploy to an environment, asked as the official CLI asks it (<c>latestby=cvpv&amp;environment=…</c>).</summary>
public sealed class CanIDeployToEnvironmentTests
{
    private const string FooToProduction = "q[][pacticipant]=Foo&q[][version]=1.0.0&latestby=cvpv&environment=production";

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Consumer_VerifiedByTheProviderInProduction_IsDeployable(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var production = await EnvironmentSetup.CreateAsync(broker, "production", production: true);
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"), branch: "main");
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: true, branch: "main");
        await EnvironmentSetup.DeployAsync(broker, "Bar", "2.0.0", production);

        var answer = await AskAsync(broker, FooToProduction);

        Assert.True(Deployable(answer));
        Assert.Equal("All required verification results are published and successful", Reason(answer));
        Assert.Equal(["Foo 1.0.0 -> Bar 2.0.0: true"], Rows(answer));
        Assert.Equal(1, answer["summary"]!["success"]!.GetValue<int>());
        Assert.Equal(0, answer["summary"]!["unknown"]!.GetValue<int>());
        Assert.Null(answer["summary"]!["ignored"]);
        var row = answer["matrix"]![0]!;
        Assert.StartsWith($"{broker.Base}/pacts/provider/Bar/consumer/Foo/pact-version/{sha}/verification-results/",
            row["verificationResult"]!["_links"]!["self"]!["href"]!.GetValue<string>());
        Assert.Equal("main", row["consumer"]!["version"]!["branch"]!.GetValue<string>());
        Assert.Equal("production", row["provider"]!["version"]!["environments"]![0]!["name"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/pacts/provider/Bar/consumer/Foo/version/1.0.0", row["pact"]!["_links"]!["self"]!["href"]!.GetValue<string>());
        Assert.Equal("success", answer["notices"]![0]!["type"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Consumer_VerificationByTheDeployedProviderFailed_IsNotDeployable(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var production = await EnvironmentSetup.CreateAsync(broker, "production");
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: false);
        await EnvironmentSetup.DeployAsync(broker, "Bar", "2.0.0", production);

        var answer = await AskAsync(broker, FooToProduction);

        Assert.False(Deployable(answer));
        Assert.Equal("The verification for the pact between version 1.0.0 of Foo and the version of Bar currently in production (2.0.0) failed", Reason(answer));
        Assert.Equal(1, answer["summary"]!["failed"]!.GetValue<int>());
        Assert.Equal("error", answer["notices"]![0]!["type"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Consumer_ProviderVerifiedButNotDeployed_IsUnknown(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await EnvironmentSetup.CreateAsync(broker, "production");
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: true);

        var answer = await AskAsync(broker, FooToProduction);

        Assert.Null(Deployable(answer));
        Assert.Equal(
            "There is no verified pact between version 1.0.0 of Foo and a version of Bar currently in production " +
            "(no version is currently recorded as deployed/released in this environment)",
            Reason(answer));
        Assert.Equal(["Foo 1.0.0 -> Bar -: none"], Rows(answer));
        Assert.Equal(1, answer["summary"]!["unknown"]!.GetValue<int>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Consumer_OneOfTwoDeployedProviderInstancesFailed_IsNotDeployable(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var production = await EnvironmentSetup.CreateAsync(broker, "production");
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: false);
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "3.0.0", success: true);
        await EnvironmentSetup.DeployAsync(broker, "Bar", "2.0.0", production, instance: "eu");
        await EnvironmentSetup.DeployAsync(broker, "Bar", "3.0.0", production, instance: "us");

        var answer = await AskAsync(broker, FooToProduction);

        Assert.False(Deployable(answer));
        Assert.Equal(["Foo 1.0.0 -> Bar 3.0.0: true", "Foo 1.0.0 -> Bar 2.0.0: false"], Rows(answer));
        Assert.Contains("one of the versions of Bar currently in production (2.0.0) failed", Reason(answer), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Consumer_UnknownVersion_IsNotDeployableAndSaysSo(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await EnvironmentSetup.CreateAsync(broker, "production");
        await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));

        var answer = await AskAsync(broker, "q[][pacticipant]=Foo&q[][version]=9.9.9&latestby=cvpv&environment=production");

        Assert.False(Deployable(answer));
        Assert.Equal("No pacts or verifications have been published for version 9.9.9 of Foo", Reason(answer));
        Assert.Empty(Rows(answer));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Consumer_NewVersionWithTheSameContent_InheritsTheVerification(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var production = await EnvironmentSetup.CreateAsync(broker, "production");
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: true);
        await EnvironmentSetup.DeployAsync(broker, "Bar", "2.0.0", production);
        await VerificationSetup.PublishAsync(broker, "Foo", "1.0.1", Publications.Pact("Foo", "Bar"));
        await VerificationSetup.PublishAsync(broker, "Foo", "1.1.0", Publications.Pact("Foo", "Bar", "a new interaction"));

        var same = await AskAsync(broker, "q[][pacticipant]=Foo&q[][version]=1.0.1&latestby=cvpv&environment=production");
        var changed = await AskAsync(broker, "q[][pacticipant]=Foo&q[][version]=1.1.0&latestby=cvpv&environment=production");

        Assert.True(Deployable(same));
        Assert.Null(Deployable(changed));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Provider_ItsConsumerInProductionVerified_IsDeployable_AndWithoutItsVerificationIsUnknown(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var production = await EnvironmentSetup.CreateAsync(broker, "production");
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await EnvironmentSetup.DeployAsync(broker, "Foo", "1.0.0", production);
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: true);
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Bar/versions/3.0.0", "{}");

        var verified = await AskAsync(broker, "q[][pacticipant]=Bar&q[][version]=2.0.0&latestby=cvpv&environment=production");
        var unverified = await AskAsync(broker, "q[][pacticipant]=Bar&q[][version]=3.0.0&latestby=cvpv&environment=production");

        Assert.True(Deployable(verified));
        Assert.Equal(["Foo 1.0.0 -> Bar 2.0.0: true"], Rows(verified));
        Assert.Null(Deployable(unverified));
        Assert.Equal(
            "There is no verified pact between the version of Foo currently in production (1.0.0) and version 3.0.0 of Bar",
            Reason(unverified));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Provider_NoConsumerDeployedYet_IsDeployable(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await EnvironmentSetup.CreateAsync(broker, "production");
        await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Bar/versions/2.0.0", "{}");

        var answer = await AskAsync(broker, "q[][pacticipant]=Bar&q[][version]=2.0.0&latestby=cvpv&environment=production");

        Assert.True(Deployable(answer));
        Assert.Equal("There are no missing dependencies", Reason(answer));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Consumer_ProviderReleasedAndLaterOutOfSupport_CountsOnlyWhileSupported(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var production = await EnvironmentSetup.CreateAsync(broker, "production");
        var sha = await VerificationSetup.PublishAsync(broker, "Foo", "1.0.0", Publications.Pact("Foo", "Bar"));
        await VerificationSetup.VerifyAsync(broker, "Bar", "Foo", sha, "2.0.0", success: true);
        var release = await EnvironmentSetup.ReleaseAsync(broker, "Bar", "2.0.0", production);

        var supported = await AskAsync(broker, FooToProduction);
        await EnvironmentSetup.PatchAsync(broker, release["_links"]!["self"]!["href"]!.GetValue<string>(), """{"currentlySupported": false}""");
        var ended = await AskAsync(broker, FooToProduction);

        Assert.True(Deployable(supported));
        Assert.Null(Deployable(ended));
    }
}
