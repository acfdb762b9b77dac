using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace ContractTesting.BrokerBench;

/// <summary>
/// Seeds PostgreSQL from a history seeded on SQLite through the broker's stores: every row of every table the
/// history fills is copied as it is (ids included) with binary <c>COPY</c>, in one transaction, and the sequences are
/// moved past the copied ids and version orders, as if the broker had written the rows there. Seeding through the
/// stores directly on PostgreSQL is one round trip per statement (some three million), which takes hours on a
/// loaded machine; the copy takes a minute or two.
/// </summary>
internal static class HistoryCopier
{
    // In the order the foreign keys need.
    private static readonly string[] Tables =
    [
        "pacticipants", "labels", "environments", "versions", "branches", "branch_versions", "branch_heads", "tags", "pact_versions",
        "pact_publications", "latest_pact_publication_ids_for_consumer_versions", "integrations", "verifications",
        "latest_verification_id_for_pact_version_and_provider_version", "deployed_versions", "currently_deployed_version_ids", "released_versions",
    ];

    /// <summary>Copies the history in <paramref name="sqliteFile"/> into the migrated, empty PostgreSQL database; returns the seconds it took.</summary>
    public static async Task<double> CopyAsync(string sqliteFile, string postgres, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var source = new SqliteConnection($"Data Source={sqliteFile};Mode=ReadOnly");
        await source.OpenAsync(cancellationToken);
        await using var target = new NpgsqlConnection(postgres);
        await target.OpenAsync(cancellationToken);
        await using var transaction = await target.BeginTransactionAsync(cancellationToken);
        foreach (var table in Tables)
        {
            await CopyTableAsync(source, target, table, cancellationToken);
        }

        await ExecuteAsync(target, "SELECT setval('version_order_seq', (SELECT COALESCE(MAX(version_order), 0) + 1 FROM versions), false)", cancellationToken);
        foreach (var table in Tables)
        {
            if ((await ColumnsAsync(target, table, cancellationToken)).Any(c => c.Name == "id"))
            {
                await ExecuteAsync(target,
                    $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)", cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return stopwatch.Elapsed.TotalSeconds;
    }

    private static async Task CopyTableAsync(SqliteConnection source, NpgsqlConnection target, string table, CancellationToken cancellationToken)
    {
        var columns = await ColumnsAsync(target, table, cancellationToken);
        var names = string.Join(", ", columns.Select(c => c.Name));
        await using var read = source.CreateCommand();
        read.CommandText = $"SELECT {names} FROM {table}";
        await using var rows = await read.ExecuteReaderAsync(cancellationToken);
        await using var import = await target.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        while (await rows.ReadAsync(cancellationToken))
        {
            await import.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
            {
                await WriteAsync(import, rows.IsDBNull(i) ? null : rows.GetValue(i), columns[i].Type, cancellationToken);
            }
        }

        await import.CompleteAsync(cancellationToken);
    }

    private static Task WriteAsync(NpgsqlBinaryImporter import, object? value, string type, CancellationToken cancellationToken) => (value, type) switch
    {
        (null, _) => import.WriteNullAsync(cancellationToken),
        (_, "bigint") => import.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint, cancellationToken),
        (_, "integer") => import.WriteAsync(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer, cancellationToken),
        (_, "boolean") => import.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0, NpgsqlDbType.Boolean, cancellationToken),
        (string text, "timestamp with time zone") =>
            import.WriteAsync(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                NpgsqlDbType.TimestampTz, cancellationToken),
        (string text, "text") => import.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
        _ => throw new InvalidOperationException($"No conversion of {value.GetType().Name} to {type}."),
    };

    private static async Task<List<(string Name, string Type)>> ColumnsAsync(NpgsqlConnection target, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position",
            target);
        command.Parameters.AddWithValue("table", table);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add((reader.GetString(0), reader.GetString(1)));
        }

        return columns;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
