using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Storage.Migrations;
using ContractTesting.Broker.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ContractTesting.Broker.Tests.Storage;

public sealed class StatisticsTests
{
    [Fact]
    public async Task RefreshStatistics_OnSqliteWithAHistory_GivesThePlannerStatistics()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(BrokerDatabaseProvider.Sqlite, cancellationToken);
        using var dialect = new SqliteDialect(database.ConnectionString);
        await new MigrationRunner(dialect, BrokerMigrations.All).MigrateAsync(TimeProvider.System, cancellationToken);
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO pacticipants (name, created_at, updated_at) VALUES ('Orders', '2026-01-01', '2026-01-01');
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
                INSERT INTO versions (pacticipant_id, number, version_order, created_at, updated_at)
                SELECT 1, 'v' || i, i, '2026-01-01', '2026-01-01' FROM n;
                """;
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await dialect.RefreshStatisticsAsync(cancellationToken);

        Assert.True(await database.ScalarAsync("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'versions'") > 0);
    }
}
