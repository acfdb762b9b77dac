using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Publishing;

public sealed class ConcurrentPublishTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_ManyAtOnceForOneNewVersion_AllSucceedAndNothingIsDuplicated(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var pact = Publications.Pact("Orders", "Users");

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            broker.PublishAsync(Publications.Request("Orders", "1.0.0", pact, branch: "main", tags: ["dev", $"run-{i % 2}"]))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        Assert.Equal(2, await broker.ScalarAsync("SELECT COUNT(*) FROM pacticipants"));
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM versions"));
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM pact_publications"));
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM branch_versions"));
        Assert.Equal(3, await broker.ScalarAsync("SELECT COUNT(*) FROM tags"));
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM integrations"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_ManyVersionsAtOnce_EachGetsItsOwnOrder(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            broker.PublishAsync(Publications.Request("Orders", $"1.0.{i}", Publications.Pact("Orders", "Users")))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        Assert.Equal(12, await broker.ScalarAsync("SELECT COUNT(DISTINCT version_order) FROM versions"));
        Assert.Equal(12, await broker.ScalarAsync("SELECT COUNT(*) FROM latest_pact_publication_ids_for_consumer_versions"));
    }
}
