using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Storage.Migrations;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Storage.Migrations;

public sealed class Migration0003LatestPactPublicationIdIndexTests
{
    [Fact]
    public async Task LatestPublicationsById_OnSqlite_ReadTheIndex()
    {
        await using var database = await TestDatabase.CreateAsync(BrokerDatabaseProvider.Sqlite, TestContext.Current.CancellationToken);
        await new MigrationRunner(new SqliteDialect(database.ConnectionString), BrokerMigrations.All)
            .MigrateAsync(TimeProvider.System, TestContext.Current.CancellationToken);

        var plan = await SqlitePlans.ExplainAsync(database.ConnectionString,
            "SELECT consumer_version_id FROM latest_pact_publication_ids_for_consumer_versions WHERE pact_publication_id IN (1, 2, 3)");

        Assert.Contains("latest_pact_publications_publication", plan, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Migrate_AnyServer_CreatesTheIndex(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var count = await broker.ScalarAsync(store == BrokerDatabaseProvider.PostgreSql
            ? "SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'latest_pact_publications_publication'"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'latest_pact_publications_publication'");

        Assert.Equal(1, count);
    }
}
