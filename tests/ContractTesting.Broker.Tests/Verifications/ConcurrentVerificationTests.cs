using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Verifications;

public sealed class ConcurrentVerificationTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_ManyResultsAtOnce_AreAllStoredWithDistinctNumbersAndNo5xx(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var sha = await VerificationSetup.PublishAsync(broker, "Orders", "1.0.0", Publications.Pact("Orders", "Users"));
        var path = $"/pacts/provider/Users/consumer/Orders/pact-version/{sha}/verification-results";

        var answers = await Task.WhenAll(Enumerable.Range(1, 30).Select(i =>
            VerificationSetup.PostAsync(broker, path, VerificationSetup.Result($"2.0.{i % 5}", success: i % 2 == 0))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Response.StatusCode));
        Assert.Equal(30, answers.Select(a => a.Response.Headers.Location!.ToString()).Distinct().Count());
        Assert.Equal(30, await broker.ScalarAsync("SELECT COUNT(DISTINCT number) FROM verifications"));
        Assert.Equal(30, await broker.ScalarAsync("SELECT MAX(number) FROM verifications"));
        Assert.Equal(5, await broker.ScalarAsync("SELECT COUNT(*) FROM latest_verification_id_for_pact_version_and_provider_version"));
        Assert.Equal(5, await broker.ScalarAsync(
            """
            SELECT COUNT(*) FROM latest_verification_id_for_pact_version_and_provider_version l
            WHERE l.verification_id = (SELECT MAX(v.id) FROM verifications v WHERE v.provider_version_id = l.provider_version_id)
            """));
    }
}
