using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Matrix;

/// <summary>Loads <see cref="MatrixVersionDetails"/> for all the versions of an answer in three queries.</summary>
internal sealed class MatrixVersionDetailsStore(BrokerSession session)
{
    public async Task<MatrixVersionDetails> LoadAsync(IReadOnlyCollection<long> versionIds, CancellationToken cancellationToken)
    {
        var ids = versionIds.Distinct().ToArray();
        var inList = session.Dialect.InList("@ids");
        var tags = await session.QueryAsync<MatrixVersionDetails.Tag>(
            $"""
            SELECT t.version_id, t.name, t.created_at,
              CASE WHEN t.version_order = (SELECT MAX(n.version_order) FROM tags n WHERE n.pacticipant_id = t.pacticipant_id AND n.name = t.name)
                THEN 1 ELSE 0 END AS latest
            FROM tags t WHERE t.version_id {inList} ORDER BY t.created_at, t.name
            """, new { ids }, cancellationToken).ConfigureAwait(false);
        var branches = await session.QueryAsync<MatrixVersionDetails.BranchVersion>(
            $"""
            SELECT b.version_id, b.branch_name, CASE WHEN h.branch_version_id IS NULL THEN 0 ELSE 1 END AS latest
            FROM branch_versions b LEFT JOIN branch_heads h ON h.branch_version_id = b.id
            WHERE b.version_id {inList} ORDER BY b.created_at, b.id
            """, new { ids }, cancellationToken).ConfigureAwait(false);
        var placements = await session.QueryAsync<PlacementRow>(
            $"""
            SELECT x.version_id, x.placed_at, e.id, e.uuid, e.name, e.display_name, e.production, e.contacts, e.created_at, e.updated_at
            FROM (
              SELECT d.version_id, d.environment_id, dv.created_at AS placed_at
              FROM currently_deployed_version_ids d JOIN deployed_versions dv ON dv.id = d.deployed_version_id
              WHERE d.version_id {inList}
              UNION ALL
              SELECT r.version_id, r.environment_id, r.created_at AS placed_at
              FROM released_versions r WHERE r.support_ended_at IS NULL AND r.version_id {inList}
            ) x JOIN environments e ON e.id = x.environment_id
            ORDER BY x.placed_at
            """, new { ids }, cancellationToken).ConfigureAwait(false);
        return new MatrixVersionDetails(
            tags.ToLookup(t => t.VersionId),
            branches.ToLookup(b => b.VersionId),
            placements.DistinctBy(p => (p.VersionId, p.Id)).Select(p => p.ToPlacement()).ToLookup(p => p.VersionId));
    }

    private sealed class PlacementRow
    {
        public long VersionId { get; init; }

        public DateTimeOffset PlacedAt { get; init; }

        public long Id { get; init; }

        public string Uuid { get; init; } = "";

        public string Name { get; init; } = "";

        public string? DisplayName { get; init; }

        public bool Production { get; init; }

        public string? Contacts { get; init; }

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset UpdatedAt { get; init; }

        public MatrixVersionDetails.Placement ToPlacement() => new()
        {
            VersionId = VersionId,
            PlacedAt = PlacedAt,
            Environment = new EnvironmentRow
            {
                Id = Id, Uuid = Uuid, Name = Name, DisplayName = DisplayName, Production = Production, Contacts = Contacts,
                CreatedAt = CreatedAt, UpdatedAt = UpdatedAt,
            },
        };
    }
}
