using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Deployments;

/// <summary>
/// Reads and writes <c>deployed_versions</c> and keeps <c>currently_deployed_version_ids</c> (one row per pacticipant,
/// environment and application instance: the version deployed there now) up to date, so "currently deployed" is one
/// indexed lookup. An application instance of <see langword="null"/> is stored as <c>''</c> in <c>target_for_index</c>.
/// </summary>
internal sealed class DeployedVersionStore(BrokerSession session, TimeProvider time)
{
    private const string Select = """
        SELECT d.id, d.uuid, d.version_id, v.number AS version_number, d.pacticipant_id, p.name AS pacticipant_name, d.environment_id,
               d.target, CASE WHEN c.id IS NULL THEN 0 ELSE 1 END AS currently_deployed, d.undeployed_at, d.created_at, d.updated_at
        FROM deployed_versions d
        JOIN versions v ON v.id = d.version_id
        JOIN pacticipants p ON p.id = d.pacticipant_id
        LEFT JOIN currently_deployed_version_ids c ON c.deployed_version_id = d.id
        """;

    private const string NewestFirst = "ORDER BY d.created_at DESC, d.id DESC";

    public Task<DeployedVersionRow?> FindAsync(string uuid, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<DeployedVersionRow>($"{Select} WHERE d.uuid = @uuid", new { uuid }, cancellationToken);

    /// <summary>Every deployment of the version to the environment, newest first.</summary>
    public Task<IReadOnlyList<DeployedVersionRow>> ForVersionAsync(long versionId, long environmentId, CancellationToken cancellationToken) =>
        session.QueryAsync<DeployedVersionRow>($"{Select} WHERE d.version_id = @versionId AND d.environment_id = @environmentId {NewestFirst}",
            new { versionId, environmentId }, cancellationToken);

    /// <summary>
    /// What is deployed to the environment now, newest first; only the pacticipant's when a name is given, and only
    /// the instance's when <paramref name="filterTarget"/> (then <paramref name="target"/> <see langword="null"/> means "no instance").
    /// </summary>
    public Task<IReadOnlyList<DeployedVersionRow>> CurrentAsync(
        long environmentId, string? pacticipant, bool filterTarget, string? target, CancellationToken cancellationToken) =>
        session.QueryAsync<DeployedVersionRow>(
            $"""
            {Select}
            WHERE c.environment_id = @environmentId
              {(pacticipant is null ? "" : "AND p.name = @pacticipant")}
              {(filterTarget ? "AND c.target_for_index = @targetForIndex" : "")}
            {NewestFirst}
            """,
            new { environmentId, pacticipant, targetForIndex = target ?? "" }, cancellationToken);

    /// <summary>
    /// Records that the version is deployed to the environment (and instance). When it already is, that deployment is
    /// returned; otherwise a new one is created, and the pacticipant's previous deployment there is marked undeployed.
    /// </summary>
    public async Task<DeployedVersionRow> RecordAsync(VersionRow version, long environmentId, string? target, CancellationToken cancellationToken)
    {
        var targetForIndex = target ?? "";
        var current = await session.QuerySingleOrDefaultAsync<DeployedVersionRow>(
            $"{Select} WHERE c.pacticipant_id = @PacticipantId AND c.environment_id = @environmentId AND c.target_for_index = @targetForIndex AND c.version_id = @Id",
            new { version.PacticipantId, environmentId, targetForIndex, version.Id }, cancellationToken).ConfigureAwait(false);
        if (current is not null)
        {
            return current;
        }

        var uuid = Guid.NewGuid().ToString();
        var now = time.GetUtcNow();
        await session.ExecuteAsync(
            """
            INSERT INTO deployed_versions (uuid, version_id, pacticipant_id, environment_id, target, target_for_index, auto_created, created_at, updated_at)
            VALUES (@uuid, @Id, @PacticipantId, @environmentId, @target, @targetForIndex, @autoCreated, @now, @now)
            """,
            new { uuid, version.Id, version.PacticipantId, environmentId, target, targetForIndex, autoCreated = false, now }, cancellationToken).ConfigureAwait(false);
        var deployedVersionId = await session.QuerySingleAsync<long>("SELECT id FROM deployed_versions WHERE uuid = @uuid", new { uuid }, cancellationToken).ConfigureAwait(false);

        // The upsert waits for a concurrent deployment to the same place to commit, so the statement after it sees
        // that deployment and marks it undeployed too: one current deployment per pacticipant, environment and instance.
        await session.ExecuteAsync(
            """
            INSERT INTO currently_deployed_version_ids (pacticipant_id, environment_id, target_for_index, deployed_version_id, version_id)
            VALUES (@PacticipantId, @environmentId, @targetForIndex, @deployedVersionId, @versionId)
            ON CONFLICT (pacticipant_id, environment_id, target_for_index) DO UPDATE SET
              deployed_version_id = excluded.deployed_version_id, version_id = excluded.version_id
            """,
            new { version.PacticipantId, environmentId, targetForIndex, deployedVersionId, versionId = version.Id }, cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            """
            UPDATE deployed_versions SET undeployed_at = @now, updated_at = @now
            WHERE pacticipant_id = @PacticipantId AND environment_id = @environmentId AND target_for_index = @targetForIndex
              AND undeployed_at IS NULL AND id <> @deployedVersionId
            """,
            new { version.PacticipantId, environmentId, targetForIndex, deployedVersionId, now }, cancellationToken).ConfigureAwait(false);
        return await FindAsync(uuid, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The deployment just recorded was not found.");
    }

    /// <summary>Marks the deployment undeployed (record-undeployment); an undeployed one stays as it is.</summary>
    public async Task<DeployedVersionRow> UndeployAsync(DeployedVersionRow deployment, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await session.ExecuteAsync("DELETE FROM currently_deployed_version_ids WHERE deployed_version_id = @Id", new { deployment.Id }, cancellationToken)
            .ConfigureAwait(false);
        await session.ExecuteAsync("UPDATE deployed_versions SET undeployed_at = @now, updated_at = @now WHERE id = @Id AND undeployed_at IS NULL",
            new { deployment.Id, now }, cancellationToken).ConfigureAwait(false);
        return await FindAsync(deployment.Uuid, cancellationToken).ConfigureAwait(false) ?? deployment;
    }
}
