using ContractTesting.TestSupport;
using Npgsql;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>
/// The PostgreSQL server the tests use, named by <c>CONTRACTTESTING_POSTGRES</c> (a connection string that may
/// create databases; <c>tools/postgres/start.sh</c> prints one). Each test gets a database of its own.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "CONTRACTTESTING_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Skips the test (fails it under CI) when no server is configured.</summary>
    public static void Require() => RequiredEnvironment.Require(ConnectionString is not null,
        $"No PostgreSQL server: set {Variable} (export {Variable}=\"$(tools/postgres/start.sh)\").");

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        Require();
        var name = $"broker_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing what still uses it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                // FORCE may not end an autovacuum worker that is busy in the new database (it runs as the superuser);
                // the worker finishes within moments.
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }
}
