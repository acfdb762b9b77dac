using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// Which pact contents (<c>pact_versions</c>) have been verified successfully, and by which provider versions: the
/// questions behind pending and work-in-progress pacts. Each takes a set of pact version ids and answers the subset.
/// With <c>excludeWip</c>, results published for a pact verified as work in progress do not count (WIP rules).
/// </summary>
internal sealed class VerifiedContentStore(BrokerSession session)
{
    /// <summary>Contents verified successfully by any provider version.</summary>
    public Task<IReadOnlySet<long>> ByAnyAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        QueryAsync("", "", ids, new { }, cancellationToken);

    /// <summary>Contents verified successfully by a provider version on the branch.</summary>
    public Task<IReadOnlySet<long>> ByBranchAsync(IReadOnlyCollection<long> ids, long providerId, string branch, bool excludeWip, CancellationToken cancellationToken) =>
        QueryAsync(
            "JOIN branch_versions bv ON bv.version_id = vr.provider_version_id AND bv.pacticipant_id = @providerId AND bv.branch_name = @branch",
            excludeWip ? "AND vr.wip = @no" : "", ids, new { providerId, branch }, cancellationToken);

    /// <summary>
    /// Contents verified successfully by a provider version on another branch before the branch was created (any time,
    /// when the branch does not exist yet): a new branch starts from what its parent had verified.
    /// </summary>
    public Task<IReadOnlySet<long>> ByOtherBranchBeforeAsync(
        IReadOnlyCollection<long> ids, long providerId, string branch, bool excludeWip, CancellationToken cancellationToken) =>
        QueryAsync(
            "JOIN branch_versions bv ON bv.version_id = vr.provider_version_id AND bv.pacticipant_id = @providerId AND bv.branch_name <> @branch",
            $"""
            {(excludeWip ? "AND vr.wip = @no" : "")}
            AND NOT EXISTS (SELECT 1 FROM branches b WHERE b.pacticipant_id = @providerId AND b.name = @branch AND b.created_at <= vr.created_at)
            """,
            ids, new { providerId, branch }, cancellationToken);

    /// <summary>Contents verified successfully by a provider version with the tag.</summary>
    public Task<IReadOnlySet<long>> ByTagAsync(IReadOnlyCollection<long> ids, long providerId, string tag, bool excludeWip, CancellationToken cancellationToken) =>
        QueryAsync(
            "JOIN tags t ON t.version_id = vr.provider_version_id AND t.pacticipant_id = @providerId AND t.name = @tag",
            excludeWip ? "AND vr.wip = @no" : "", ids, new { providerId, tag }, cancellationToken);

    /// <summary>Contents verified successfully by a provider version with another tag before the tag was first used (any time, when it never was).</summary>
    public Task<IReadOnlySet<long>> ByOtherTagBeforeAsync(
        IReadOnlyCollection<long> ids, long providerId, string tag, bool excludeWip, CancellationToken cancellationToken) =>
        QueryAsync(
            "JOIN tags t ON t.version_id = vr.provider_version_id AND t.pacticipant_id = @providerId AND t.name <> @tag",
            $"""
            {(excludeWip ? "AND vr.wip = @no" : "")}
            AND NOT EXISTS (SELECT 1 FROM tags f WHERE f.pacticipant_id = @providerId AND f.name = @tag AND f.created_at <= vr.created_at)
            """,
            ids, new { providerId, tag }, cancellationToken);

    private async Task<IReadOnlySet<long>> QueryAsync(
        string join, string condition, IReadOnlyCollection<long> ids, object parameters, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new HashSet<long>();
        }

        var arguments = new Dapper.DynamicParameters(parameters);
        arguments.Add("ids", ids.ToArray());
        arguments.Add("yes", true);
        arguments.Add("no", false);
        var rows = await session.QueryAsync<long>(
            $"SELECT DISTINCT vr.pact_version_id FROM verifications vr {join} WHERE vr.pact_version_id {session.Dialect.InList("@ids")} AND vr.success = @yes {condition}",
            arguments, cancellationToken).ConfigureAwait(false);
        return rows.ToHashSet();
    }
}
