using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>A fresh, empty database for one test: an SQLite file in a temporary folder, or a new PostgreSQL database.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _folder;

    private TestDatabase(BrokerDatabaseProvider provider, string connectionString, string? folder)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
    }

    public BrokerDatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public BrokerOptions Options => new() { DatabaseProvider = Provider, ConnectionString = ConnectionString };

    public static async Task<TestDatabase> CreateAsync(BrokerDatabaseProvider provider, CancellationToken cancellationToken)
    {
        if (provider == BrokerDatabaseProvider.PostgreSql)
        {
            return new TestDatabase(provider, await PostgresServer.CreateDatabaseAsync(cancellationToken), null);
        }

        var folder = Path.Combine(Path.GetTempPath(), "contracttesting-broker-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase(provider, $"Data Source={Path.Combine(folder, "broker.sqlite")}", folder);
    }

    /// <summary>A new, unopened connection to the database, for tests that look at the rows directly.</summary>
    public DbConnection CreateConnection() => Provider == BrokerDatabaseProvider.PostgreSql
        ? new NpgsqlConnection(ConnectionString)
        : new SqliteConnection(ConnectionString);

    /// <summary>Runs a query that returns one value and gives it as text.</summary>
    public async Task<string?> TextAsync(string sql) => Convert.ToString(await ValueAsync(sql), CultureInfo.InvariantCulture);

    /// <summary>Runs a query that returns one number (or boolean).</summary>
    public async Task<long> ScalarAsync(string sql) => Convert.ToInt64(await ValueAsync(sql), CultureInfo.InvariantCulture);

    private async Task<object?> ValueAsync(string sql)
    {
        await using var connection = CreateConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == BrokerDatabaseProvider.PostgreSql)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
            return;
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder!, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere is left for the temp folder's cleanup.
        }
    }
}
