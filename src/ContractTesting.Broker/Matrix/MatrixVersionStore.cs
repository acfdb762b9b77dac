using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Matrix;

/// <summary>Finds the versions a selector means, newest first (by <c>version_order</c>, the creation sequence).</summary>
internal sealed class MatrixVersionStore(BrokerSession session)
{
    /// <param name="pacticipantId">The selector's pacticipant.</param>
    /// <param name="selector">What to match; it must not be <see cref="MatrixSelector.OnlyPacticipant"/>.</param>
    /// <param name="branch">The branch to match (the main branch's name for a main-branch selector), or null.</param>
    /// <param name="environmentId">The environment whose current versions to match, or null.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public Task<IReadOnlyList<MatrixVersion>> FindAsync(
        long pacticipantId, MatrixSelector selector, string? branch, long? environmentId, CancellationToken cancellationToken)
    {
        var conditions = new List<string> { "v.pacticipant_id = @pacticipantId" };
        if (selector.Version is not null)
        {
            conditions.Add("v.number = @number");
        }

        if (selector.Tag is not null)
        {
            conditions.Add("v.id IN (SELECT t.version_id FROM tags t WHERE t.pacticipant_id = @pacticipantId AND t.name = @tag)");
        }

        if (branch is not null)
        {
            conditions.Add(selector.Latest
                ? "v.id IN (SELECT h.version_id FROM branch_heads h WHERE h.pacticipant_id = @pacticipantId AND h.branch_name = @branch)"
                : "v.id IN (SELECT b.version_id FROM branch_versions b WHERE b.pacticipant_id = @pacticipantId AND b.branch_name = @branch)");
        }

        if (environmentId is not null)
        {
            conditions.Add("""
                v.id IN (
                  SELECT d.version_id FROM currently_deployed_version_ids d WHERE d.environment_id = @environmentId AND d.pacticipant_id = @pacticipantId
                  UNION
                  SELECT r.version_id FROM released_versions r
                  WHERE r.environment_id = @environmentId AND r.pacticipant_id = @pacticipantId AND r.support_ended_at IS NULL)
                """);
        }

        var sql = $"SELECT v.id, v.number FROM versions v WHERE {string.Join(" AND ", conditions)} ORDER BY v.version_order DESC{(selector.Latest ? " LIMIT 1" : "")}";
        return session.QueryAsync<MatrixVersion>(
            sql, new { pacticipantId, number = selector.Version, tag = selector.Tag, branch, environmentId }, cancellationToken);
    }
}
