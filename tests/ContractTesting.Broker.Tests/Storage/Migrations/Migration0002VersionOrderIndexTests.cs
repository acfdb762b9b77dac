using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Storage.Migrations;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Storage.Migrations;

public sealed class Migration0002VersionOrderIndexTests
{
    [Fact]
    public async Task NextVersionOrder_OnSqlite_ReadsTheVersionOrderIndex()
    {
        await using var database = await TestDatabase.CreateAsync(BrokerDatabaseProvider.Sqlite, TestContext.Current.CancellationToken);
        var dialect = new SqliteDialect(database.ConnectionString);
        await new MigrationRunner(dialect, BrokerMigrations.All).MigrateAsync(TimeProvider.System, TestContext.Current.CancellationToken);

        var plan = await SqlitePlans.ExplainAsync(database.ConnectionString, $"SELECT {dialect.NextVersionOrder}");

        Assert.Contains("versions_version_order", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Statements_OnPostgresql_AreNone()
    {
        var statements = Migration0002VersionOrderIndex.Migration.Statements(new PostgresDialect("Host=127.0.0.1"));

        Assert.Empty(statements);
    }
}
