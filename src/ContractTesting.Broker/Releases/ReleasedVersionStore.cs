using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Releases;

/// <summary>
/// Reads and writes <c>released_versions</c>: one row per version and environment; "currently supported" means its
/// <c>support_ended_at</c> is not set. Releasing a version never ends the support of other releases.
/// </summary>
internal sealed class ReleasedVersionStore(BrokerSession session, TimeProvider time)
{
    private const string Select = """
        SELECT r.id, r.uuid, r.version_id, v.number AS version_number, r.pacticipant_id, p.name AS pacticipant_name, r.environment_id,
               r.support_ended_at, r.created_at, r.updated_at
        FROM released_versions r
        JOIN versions v ON v.id = r.version_id
        JOIN pacticipants p ON p.id = r.pacticipant_id
        """;

    public Task<ReleasedVersionRow?> FindAsync(string uuid, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<ReleasedVersionRow>($"{Select} WHERE r.uuid = @uuid", new { uuid }, cancellationToken);

    public Task<ReleasedVersionRow?> FindAsync(long versionId, long environmentId, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<ReleasedVersionRow>($"{Select} WHERE r.version_id = @versionId AND r.environment_id = @environmentId",
            new { versionId, environmentId }, cancellationToken);

    /// <summary>The releases still supported in the environment, newest first; optionally of one pacticipant and version number.</summary>
    public Task<IReadOnlyList<ReleasedVersionRow>> CurrentAsync(long environmentId, string? pacticipant, string? number, CancellationToken cancellationToken) =>
        session.QueryAsync<ReleasedVersionRow>(
            $"""
            {Select}
            WHERE r.environment_id = @environmentId AND r.support_ended_at IS NULL
              {(pacticipant is null ? "" : "AND p.name = @pacticipant")}
              {(number is null ? "" : "AND v.number = @number")}
            ORDER BY r.created_at DESC, r.id DESC
            """,
            new { environmentId, pacticipant, number }, cancellationToken);

    /// <summary>
    /// Records the release of the version to the environment: a new release, or the existing one (supported again
    /// if its support had ended). <c>Created</c> says whether it is new.
    /// </summary>
    public async Task<(ReleasedVersionRow Row, bool Created)> RecordAsync(VersionRow version, long environmentId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var inserted = await session.ExecuteAsync(
            """
            INSERT INTO released_versions (uuid, version_id, pacticipant_id, environment_id, created_at, updated_at)
            VALUES (@uuid, @Id, @PacticipantId, @environmentId, @now, @now)
            ON CONFLICT (version_id, environment_id) DO NOTHING
            """,
            new { uuid = Guid.NewGuid().ToString(), version.Id, version.PacticipantId, environmentId, now }, cancellationToken).ConfigureAwait(false);
        if (inserted == 0)
        {
            await session.ExecuteAsync(
                "UPDATE released_versions SET support_ended_at = NULL, updated_at = @now WHERE version_id = @Id AND environment_id = @environmentId AND support_ended_at IS NOT NULL",
                new { version.Id, environmentId, now }, cancellationToken).ConfigureAwait(false);
        }

        var row = await FindAsync(version.Id, environmentId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The release just recorded was not found.");
        return (row, inserted > 0);
    }

    /// <summary>Ends the support of the release (record-support-ended); one already ended stays as it is.</summary>
    public async Task<ReleasedVersionRow> EndSupportAsync(ReleasedVersionRow release, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await session.ExecuteAsync("UPDATE released_versions SET support_ended_at = @now, updated_at = @now WHERE id = @Id AND support_ended_at IS NULL",
            new { release.Id, now }, cancellationToken).ConfigureAwait(false);
        return await FindAsync(release.Uuid, cancellationToken).ConfigureAwait(false) ?? release;
    }
}
