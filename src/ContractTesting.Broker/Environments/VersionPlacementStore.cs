using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Environments;

/// <summary>Where a version is or was deployed (<c>deployed_versions</c>) and released (<c>released_versions</c>).</summary>
internal sealed class VersionPlacementStore(BrokerSession session)
{
    public Task<IReadOnlyList<VersionPlacement>> DeploymentsAsync(long versionId, CancellationToken cancellationToken) =>
        session.QueryAsync<VersionPlacement>(
            """
            SELECT d.uuid, e.name AS environment_name, e.display_name AS environment_display_name,
                   CASE WHEN d.undeployed_at IS NULL THEN 1 ELSE 0 END AS is_current, d.target
            FROM deployed_versions d JOIN environments e ON e.id = d.environment_id
            WHERE d.version_id = @versionId ORDER BY d.id
            """,
            new { versionId }, cancellationToken);

    public Task<IReadOnlyList<VersionPlacement>> ReleasesAsync(long versionId, CancellationToken cancellationToken) =>
        session.QueryAsync<VersionPlacement>(
            """
            SELECT r.uuid, e.name AS environment_name, e.display_name AS environment_display_name,
                   CASE WHEN r.support_ended_at IS NULL THEN 1 ELSE 0 END AS is_current, NULL AS target
            FROM released_versions r JOIN environments e ON e.id = r.environment_id
            WHERE r.version_id = @versionId ORDER BY r.id
            """,
            new { versionId }, cancellationToken);
}
