using System.Net;
using ContractTesting.Broker.Tests.Support;
using ContractTesting.TestSupport;

namespace ContractTesting.Broker.Tests.Interop;

/// <summary>
/// The reference verifier (<c>pact verifier --broker-url … --publish</c>) fetches the pacts for verification from this
/// broker, verifies them against a provider on 127.0.0.1, and publishes the results, which the broker then shows.
/// </summary>
public sealed class PactVerifierBrokerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Verifier_WithSelectorsAndPending_PublishesResultsTheBrokerShows(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        await ForVerification.SetMainBranchAsync(broker, "Orders", "main");
        var sha = await VerificationSetup.PublishAsync(broker, "Orders", "1.0.0", Publications.Pact("Orders", "Users"), branch: "main");
        await using var working = await ProviderStub.StartAsync("Ada");
        await using var broken = await ProviderStub.StartAsync("Bob");

        var first = await VerifyAsync(broker, working, "2.0.0");
        var (_, afterFirst) = await broker.GetAsync($"/pacts/provider/Users/consumer/Orders/pact-version/{sha}/verification-results/latest");
        var second = await VerifyAsync(broker, broken, "2.0.1");
        var (_, afterSecond) = await broker.GetAsync($"/pacts/provider/Users/consumer/Orders/version/1.0.0/verification-results/latest");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("This pact is in pending state for this version of Users", first.Output, StringComparison.Ordinal);
        Assert.Contains("latest version from the main branch 'main' (1.0.0)", first.Output, StringComparison.Ordinal);
        Assert.True(afterFirst!["success"]!.GetValue<bool>());
        Assert.Equal("2.0.0", afterFirst["providerApplicationVersion"]!.GetValue<string>());
        Assert.Equal("Pact-Rust", afterFirst["verifiedBy"]!["implementation"]!.GetValue<string>());
        Assert.NotEqual(0, second.ExitCode);
        Assert.Contains("has previously been successfully verified by a version of Users from branch 'main'", second.Output, StringComparison.Ordinal);
        Assert.False(afterSecond!["success"]!.GetValue<bool>());
        Assert.Equal("2.0.1", afterSecond["providerApplicationVersion"]!.GetValue<string>());
        var (branchVersion, _) = await broker.GetAsync("/pacticipants/Users/branches/main/versions/2.0.1");
        Assert.Equal(HttpStatusCode.OK, branchVersion.StatusCode);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM verifications WHERE pact_pending = TRUE AND success = TRUE"));
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM verifications WHERE pact_pending = FALSE AND success = FALSE"));
        Assert.Equal(2, await broker.ScalarAsync("SELECT COUNT(*) FROM latest_verification_id_for_pact_version_and_provider_version"));
    }

    private static Task<ProcessResult> VerifyAsync(TestBroker broker, ProviderStub provider, string providerVersion) =>
        ReferencePactCli.RunAsync(
            [
                "verifier", "--broker-url", broker.Base, "--provider-name", "Users", "--hostname", provider.Address.Host,
                "--port", provider.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--publish",
                "--provider-version", providerVersion, "--provider-branch", "main", "--enable-pending",
                "--consumer-version-selectors", """{"mainBranch": true}""", "--no-colour",
            ],
            Timeout, TestContext.Current.CancellationToken);
}
