using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Versions;

/// <summary>Reads and writes <c>versions</c>. "Latest" is by creation order (<c>version_order</c>), never by semver.</summary>
internal sealed partial class VersionStore(BrokerSession session, TimeProvider time)
{
    private const string Select = """
        SELECT v.id, v.pacticipant_id, p.name AS pacticipant_name, v.number, v.version_order, v.build_url, v.created_at, v.updated_at
        FROM versions v JOIN pacticipants p ON p.id = v.pacticipant_id
        """;

    public Task<VersionRow?> FindAsync(long pacticipantId, string number, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<VersionRow>($"{Select} WHERE v.pacticipant_id = @pacticipantId AND v.number = @number",
            new { pacticipantId, number }, cancellationToken);

    public Task<VersionRow?> FindAsync(string pacticipant, string number, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<VersionRow>($"{Select} WHERE p.name = @pacticipant AND v.number = @number",
            new { pacticipant, number }, cancellationToken);

    public Task<VersionRow?> FindByIdAsync(long id, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<VersionRow>($"{Select} WHERE v.id = @id", new { id }, cancellationToken);

    public Task<VersionRow?> LatestAsync(long pacticipantId, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<VersionRow>(
            $"{Select} WHERE v.pacticipant_id = @pacticipantId ORDER BY v.version_order DESC LIMIT 1", new { pacticipantId }, cancellationToken);

    public Task<VersionRow?> LatestWithTagAsync(long pacticipantId, string tag, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<VersionRow>(
            $"{Select} JOIN tags t ON t.version_id = v.id WHERE t.pacticipant_id = @pacticipantId AND t.name = @tag ORDER BY t.version_order DESC LIMIT 1",
            new { pacticipantId, tag }, cancellationToken);

    public Task<VersionRow?> LatestOnBranchAsync(long pacticipantId, string branch, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<VersionRow>(
            $"{Select} JOIN branch_heads h ON h.version_id = v.id WHERE h.pacticipant_id = @pacticipantId AND h.branch_name = @branch",
            new { pacticipantId, branch }, cancellationToken);

    /// <summary>The pacticipant's versions, newest first; <paramref name="limit"/> and <paramref name="offset"/> page through them.</summary>
    public Task<IReadOnlyList<VersionRow>> ListAsync(long pacticipantId, int limit, int offset, CancellationToken cancellationToken) =>
        session.QueryAsync<VersionRow>(
            $"{Select} WHERE v.pacticipant_id = @pacticipantId ORDER BY v.version_order DESC LIMIT @limit OFFSET @offset",
            new { pacticipantId, limit, offset }, cancellationToken);

    /// <summary>
    /// The version, created when there is none (also when a concurrent request creates it first: the unique key
    /// keeps one). <c>Created</c> says whether this call made it.
    /// </summary>
    public async Task<(VersionRow Row, bool Created)> FindOrCreateAsync(PacticipantRow pacticipant, string number, CancellationToken cancellationToken)
    {
        if (await FindAsync(pacticipant.Id, number, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return (existing, false);
        }

        var now = time.GetUtcNow();
        var inserted = await session.ExecuteAsync(
            $"""
            INSERT INTO versions (pacticipant_id, number, version_order, created_at, updated_at)
            VALUES (@pacticipantId, @number, {session.Dialect.NextVersionOrder}, @now, @now)
            ON CONFLICT (pacticipant_id, number) DO NOTHING
            """,
            new { pacticipantId = pacticipant.Id, number, now }, cancellationToken).ConfigureAwait(false);
        var row = await FindAsync(pacticipant.Id, number, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Version '{number}' of '{pacticipant.Name}' was neither found nor created.");
        return (row, inserted > 0);
    }

    public async Task SetBuildUrlAsync(long id, string? buildUrl, CancellationToken cancellationToken) =>
        await session.ExecuteAsync("UPDATE versions SET build_url = @buildUrl, updated_at = @now WHERE id = @id",
            new { id, buildUrl, now = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
}
