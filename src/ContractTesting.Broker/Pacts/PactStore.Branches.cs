namespace ContractTesting.Broker.Pacts;

/// <summary>The pacts of consumer versions on a branch.</summary>
internal sealed partial class PactStore
{
    /// <summary>
    /// The provider's pacts (the newest revision of each consumer version's) whose consumer version is on the branch,
    /// or, with no branch, on its consumer's main branch; only the consumer's when given. Grouped by consumer, newest
    /// version first; no content.
    /// </summary>
    public Task<IReadOnlyList<PactRow>> OnBranchAsync(long providerId, long? consumerId, string? branch, CancellationToken cancellationToken)
    {
        var branchFilter = branch is null ? "bv.branch_name = c.main_branch" : "bv.branch_name = @branch";
        var consumerFilter = consumerId is null ? "" : "AND l.consumer_id = @consumerId";
        return session.QueryAsync<PactRow>(
            $"""
            {WithoutContent}
            JOIN branch_versions bv ON bv.version_id = l.consumer_version_id
            WHERE l.provider_id = @providerId AND {branchFilter} {consumerFilter}
            ORDER BY LOWER(c.name), l.consumer_version_order DESC
            """,
            new { providerId, consumerId, branch }, cancellationToken);
    }
}
