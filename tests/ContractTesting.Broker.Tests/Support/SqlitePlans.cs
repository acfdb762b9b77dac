using Microsoft.Data.Sqlite;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>The query plan SQLite chooses for a statement (<c>EXPLAIN QUERY PLAN</c>), one line per step.</summary>
public static class SqlitePlans
{
    public static async Task<string> ExplainAsync(string connectionString, string sql)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN {sql}";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var details = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            details.Add(reader.GetString(3));
        }

        return string.Join("\n", details);
    }
}
