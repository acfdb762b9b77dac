using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Branches;

/// <summary>
/// Reads and writes <c>branches</c> and <c>branch_versions</c>, and keeps <c>branch_heads</c> (each branch's newest
/// version) up to date as versions are added, so "latest on branch" is one indexed lookup.
/// </summary>
internal sealed class BranchStore(BrokerSession session, TimeProvider time)
{
    private const string SelectBranch = """
        SELECT b.id, b.pacticipant_id, p.name AS pacticipant_name, b.name, b.created_at, b.updated_at
        FROM branches b JOIN pacticipants p ON p.id = b.pacticipant_id
        """;

    private const string SelectBranchVersion = """
        SELECT bv.id, bv.branch_id, bv.version_id, p.name AS pacticipant_name, bv.branch_name, v.number AS version_number,
               bv.version_order, CASE WHEN h.branch_version_id = bv.id THEN 1 ELSE 0 END AS latest, bv.created_at, bv.updated_at
        FROM branch_versions bv
        JOIN versions v ON v.id = bv.version_id
        JOIN pacticipants p ON p.id = bv.pacticipant_id
        LEFT JOIN branch_heads h ON h.branch_id = bv.branch_id
        """;

    public Task<BranchRow?> FindAsync(long pacticipantId, string name, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<BranchRow>($"{SelectBranch} WHERE b.pacticipant_id = @pacticipantId AND b.name = @name",
            new { pacticipantId, name }, cancellationToken);

    /// <summary>The pacticipant's branches, the newest first.</summary>
    public Task<IReadOnlyList<BranchRow>> ListAsync(long pacticipantId, CancellationToken cancellationToken) =>
        session.QueryAsync<BranchRow>($"{SelectBranch} WHERE b.pacticipant_id = @pacticipantId ORDER BY b.id DESC", new { pacticipantId }, cancellationToken);

    public Task<BranchVersionRow?> FindVersionAsync(long branchId, long versionId, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<BranchVersionRow>($"{SelectBranchVersion} WHERE bv.branch_id = @branchId AND bv.version_id = @versionId",
            new { branchId, versionId }, cancellationToken);

    /// <summary>The branches a version is on, in the order it joined them.</summary>
    public Task<IReadOnlyList<BranchVersionRow>> ForVersionAsync(long versionId, CancellationToken cancellationToken) =>
        session.QueryAsync<BranchVersionRow>($"{SelectBranchVersion} WHERE bv.version_id = @versionId ORDER BY bv.id", new { versionId }, cancellationToken);

    /// <summary>Puts the version on the branch (creating the branch); returns the branch version and whether it was added now.</summary>
    public async Task<(BranchVersionRow Row, bool Created)> AddVersionAsync(VersionRow version, string branchName, bool autoCreated, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await session.ExecuteAsync(
            "INSERT INTO branches (pacticipant_id, name, created_at, updated_at) VALUES (@PacticipantId, @branchName, @now, @now) ON CONFLICT (pacticipant_id, name) DO NOTHING",
            new { version.PacticipantId, branchName, now }, cancellationToken).ConfigureAwait(false);
        var branch = await FindAsync(version.PacticipantId, branchName, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Branch '{branchName}' was neither found nor created.");

        var inserted = await session.ExecuteAsync(
            """
            INSERT INTO branch_versions (branch_id, version_id, pacticipant_id, branch_name, version_order, auto_created, created_at, updated_at)
            VALUES (@branchId, @versionId, @PacticipantId, @branchName, @VersionOrder, @autoCreated, @now, @now)
            ON CONFLICT (branch_id, version_id) DO NOTHING
            """,
            new { branchId = branch.Id, versionId = version.Id, version.PacticipantId, branchName, version.VersionOrder, autoCreated, now },
            cancellationToken).ConfigureAwait(false);

        if (inserted > 0)
        {
            await session.ExecuteAsync(
                """
                INSERT INTO branch_heads (branch_id, branch_version_id, version_id, pacticipant_id, branch_name, version_order)
                SELECT bv.branch_id, bv.id, bv.version_id, bv.pacticipant_id, bv.branch_name, bv.version_order
                FROM branch_versions bv WHERE bv.branch_id = @branchId AND bv.version_id = @versionId
                ON CONFLICT (branch_id) DO UPDATE SET
                  branch_version_id = excluded.branch_version_id, version_id = excluded.version_id, version_order = excluded.version_order
                WHERE excluded.version_order > branch_heads.version_order
                """,
                new { branchId = branch.Id, versionId = version.Id }, cancellationToken).ConfigureAwait(false);
            await session.ExecuteAsync("UPDATE branches SET updated_at = @now WHERE id = @Id", new { branch.Id, now }, cancellationToken).ConfigureAwait(false);
        }

        var row = await FindVersionAsync(branch.Id, version.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Version '{version.Number}' was not put on branch '{branchName}'.");
        return (row, inserted > 0);
    }
}
