using ContractTesting.Broker.Storage;

namespace ContractTesting.BrokerBench;

/// <summary>What the measurements need to know about the history in the database, read back from it.</summary>
/// <param name="Rows">The row count of each table that the history fills.</param>
internal sealed record SeededHistory(IReadOnlyDictionary<string, long> Rows)
{
    private static readonly string[] Tables =
    [
        "pacticipants", "versions", "branches", "branch_versions", "tags", "pact_versions", "pact_publications", "integrations",
        "verifications", "deployed_versions", "currently_deployed_version_ids", "released_versions",
    ];

    public static async Task<SeededHistory> ReadAsync(SqlDialect dialect, CancellationToken cancellationToken)
    {
        await using var session = new BrokerSession(dialect);
        var rows = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            rows[table] = await session.QuerySingleAsync<long>($"SELECT COUNT(*) FROM {table}", null, cancellationToken);
        }

        return new SeededHistory(rows);
    }
}
