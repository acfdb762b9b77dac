using ContractTesting.Broker.Storage;

namespace ContractTesting.BrokerBench;

/// <summary>What the measurements need to know about the history in the database, read back from it.</summary>
/// <param name="LatestMainVersions">Each pacticipant's newest version on main, by name.</param>
/// <param name="Rows">The row count of each table that the history fills.</param>
internal sealed record SeededHistory(IReadOnlyDictionary<string, string> LatestMainVersions, IReadOnlyDictionary<string, long> Rows)
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

        var heads = await session.QueryAsync<(string Name, string Number)>(
            """
            SELECT p.name, v.number FROM branch_heads h JOIN pacticipants p ON p.id = h.pacticipant_id JOIN versions v ON v.id = h.version_id
            WHERE h.branch_name = 'main'
            """, null, cancellationToken);
        return new SeededHistory(heads.ToDictionary(h => h.Name, h => h.Number), rows);
    }
}
