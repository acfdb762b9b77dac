using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Storage.Migrations;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Storage.Migrations;

public sealed class MigrationRunnerTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Migrate_Twice_AppliesEachMigrationOnce(BrokerDatabaseProvider store)
    {
        await using var database = await TestDatabase.CreateAsync(store, TestContext.Current.CancellationToken);
        var runner = new MigrationRunner(Dialect(database), BrokerMigrations.All);

        var first = await runner.MigrateAsync(TimeProvider.System, TestContext.Current.CancellationToken);
        var second = await runner.MigrateAsync(TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.Equal(BrokerMigrations.All.Select(m => m.Version), first);
        Assert.Empty(second);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Migrate_FromSeveralRunnersAtOnce_AppliesEachMigrationExactlyOnce(BrokerDatabaseProvider store)
    {
        await using var database = await TestDatabase.CreateAsync(store, TestContext.Current.CancellationToken);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            new MigrationRunner(Dialect(database), BrokerMigrations.All).MigrateAsync(TimeProvider.System, TestContext.Current.CancellationToken))));

        Assert.Equal(BrokerMigrations.All.Count, results.Sum(applied => applied.Count));
        await using var broker = await TestBroker.StartAsync(store);
        Assert.Equal(BrokerMigrations.All.Count, await broker.ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
    }

    [Fact]
    public async Task Migrate_NewMigration_IsAppliedOnTopOfTheExistingSchema()
    {
        await using var database = await TestDatabase.CreateAsync(BrokerDatabaseProvider.Sqlite, TestContext.Current.CancellationToken);
        var dialect = Dialect(database);
        await new MigrationRunner(dialect, BrokerMigrations.All).MigrateAsync(TimeProvider.System, TestContext.Current.CancellationToken);
        var next = new Migration(BrokerMigrations.All[^1].Version + 1, "test column", "ALTER TABLE pacticipants ADD COLUMN test_note TEXT NULL;");

        var applied = await new MigrationRunner(dialect, [.. BrokerMigrations.All, next]).MigrateAsync(TimeProvider.System, TestContext.Current.CancellationToken);

        Assert.Equal([next.Version], applied);
    }

    [Fact]
    public void Statements_DialectMarkers_RunOnlyOnTheirServer()
    {
        var migration = new Migration(99, "markers", "CREATE TABLE a (id {id});\n/*postgresql*/ CREATE SEQUENCE s;\n/*sqlite*/ SELECT 1;\n");

        var sqlite = migration.Statements(new SqliteDialect("Data Source=:memory:")).ToList();

        Assert.Equal(["CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT)", "/*sqlite*/ SELECT 1"], sqlite);
    }

    private static SqlDialect Dialect(TestDatabase database) => database.Provider == BrokerDatabaseProvider.PostgreSql
        ? new PostgresDialect(database.ConnectionString)
        : new SqliteDialect(database.ConnectionString);
}
