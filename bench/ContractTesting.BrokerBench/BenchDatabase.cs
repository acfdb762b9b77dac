using Microsoft.Data.Sqlite;
using Npgsql;
using ContractTesting.Broker;

namespace ContractTesting.BrokerBench;

/// <summary>
/// The database a run seeds and measures: an SQLite file in the work folder, or a database of its own on the
/// PostgreSQL server named by <c>CONTRACTTESTING_POSTGRES</c>. Both are named after the shape, so that
/// <c>--reuse</c> can measure an already seeded history again (after a migration, say) and <c>--keep</c> leaves it.
/// </summary>
internal sealed class BenchDatabase
{
    public const string PostgresVariable = "CONTRACTTESTING_POSTGRES";

    private readonly string? _server;

    private BenchDatabase(BrokerDatabaseProvider provider, string connectionString, string location, bool exists, string? server)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Location = location;
        Exists = exists;
        _server = server;
    }

    public BrokerDatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The file or database name, for the report.</summary>
    public string Location { get; }

    /// <summary>Whether it was there already (seeded by an earlier run).</summary>
    public bool Exists { get; }

    public static async Task<BenchDatabase> OpenAsync(BrokerDatabaseProvider provider, HistoryShape shape, string folder, bool reuse)
    {
        var name = $"broker_bench_{shape.Name}";
        if (provider == BrokerDatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(folder);
            var file = Path.GetFullPath(Path.Combine(folder, $"{name}.sqlite"));
            if (!reuse)
            {
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(file + suffix);
                }
            }

            return new BenchDatabase(provider, $"Data Source={file}", file, File.Exists(file), null);
        }

        var server = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value
            : throw new InvalidOperationException($"No PostgreSQL server: set {PostgresVariable} (export {PostgresVariable}=\"$(tools/postgres/start.sh)\").");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection))
        {
            exists.Parameters.AddWithValue("name", name);
            if (await exists.ExecuteScalarAsync() is not null && reuse)
            {
                return new BenchDatabase(provider, With(server, name), name, true, server);
            }
        }

        await Execute(connection, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        await Execute(connection, $"CREATE DATABASE \"{name}\"");
        return new BenchDatabase(provider, With(server, name), name, false, server);
    }

    /// <summary>Gives the planner statistics of the new rows, as autovacuum would after a while (PostgreSQL only).</summary>
    public async Task AnalyzeAsync()
    {
        if (Provider == BrokerDatabaseProvider.PostgreSql)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await Execute(connection, "ANALYZE");
        }
    }

    public async Task DropAsync()
    {
        if (Provider == BrokerDatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(Location + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await Execute(connection, $"DROP DATABASE IF EXISTS \"{Location}\" WITH (FORCE)");
    }

    private static string With(string server, string database) => new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
