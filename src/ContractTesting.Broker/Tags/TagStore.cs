using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Tags;

/// <summary>Reads and writes <c>tags</c>; each keeps its version's order so "latest with tag" is one indexed lookup.</summary>
internal sealed class TagStore(BrokerSession session, TimeProvider time)
{
    private const string Select = """
        SELECT t.version_id, t.name, p.name AS pacticipant_name, v.number AS version_number, t.created_at, t.updated_at
        FROM tags t JOIN versions v ON v.id = t.version_id JOIN pacticipants p ON p.id = t.pacticipant_id
        """;

    public Task<TagRow?> FindAsync(long versionId, string name, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<TagRow>($"{Select} WHERE t.version_id = @versionId AND t.name = @name", new { versionId, name }, cancellationToken);

    /// <summary>The version's tags, in the order they were added.</summary>
    public Task<IReadOnlyList<TagRow>> ForVersionAsync(long versionId, CancellationToken cancellationToken) =>
        session.QueryAsync<TagRow>($"{Select} WHERE t.version_id = @versionId ORDER BY t.created_at, t.name", new { versionId }, cancellationToken);

    /// <summary>Tags the version; returns the tag and whether it was added now.</summary>
    public async Task<(TagRow Row, bool Created)> AddAsync(VersionRow version, string name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var inserted = await session.ExecuteAsync(
            """
            INSERT INTO tags (version_id, name, pacticipant_id, version_order, created_at, updated_at)
            VALUES (@Id, @name, @PacticipantId, @VersionOrder, @now, @now)
            ON CONFLICT (version_id, name) DO NOTHING
            """,
            new { version.Id, name, version.PacticipantId, version.VersionOrder, now }, cancellationToken).ConfigureAwait(false);
        var row = await FindAsync(version.Id, name, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Tag '{name}' was neither found nor created.");
        return (row, inserted > 0);
    }

    public async Task<bool> DeleteAsync(long versionId, string name, CancellationToken cancellationToken) =>
        await session.ExecuteAsync("DELETE FROM tags WHERE version_id = @versionId AND name = @name", new { versionId, name }, cancellationToken)
            .ConfigureAwait(false) > 0;
}
