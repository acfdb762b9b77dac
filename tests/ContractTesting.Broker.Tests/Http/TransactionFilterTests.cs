using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Http;

public sealed class TransactionFilterTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_FailingAfterSomeWrites_LeavesNothingBehind(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        // The pacticipants, version, branch and tag are written before the publication row, which this fault refuses.
        await broker.ExecuteAsync(store == BrokerDatabaseProvider.PostgreSql
            ? """
              CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'planted fault'; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER refuse_publications BEFORE INSERT ON pact_publications FOR EACH ROW EXECUTE FUNCTION refuse();
              """
            : "CREATE TRIGGER refuse_publications BEFORE INSERT ON pact_publications BEGIN SELECT RAISE(ABORT, 'planted fault'); END;");

        var (response, body) = await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users"), branch: "main", tags: ["dev"]));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("reference", body!["errors"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var table in new[] { "pacticipants", "versions", "branches", "branch_versions", "tags", "pact_versions", "integrations" })
        {
            Assert.Equal(0, await broker.ScalarAsync($"SELECT COUNT(*) FROM {table}"));
        }
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_RefusedWithConflict_KeepsNoWritesOfTheRequest(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users", "a")));

        var (response, _) = await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users", "b"), branch: "late"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM branches"));
    }
}
