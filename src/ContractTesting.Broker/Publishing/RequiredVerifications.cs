using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Publishing;

/// <summary>
/// Which provider versions should verify pact content they have no verification of: the latest version on the
/// provider's main branch, each currently deployed version and each currently supported release. A version chosen
/// for several reasons is listed once, with every reason. <c>contract_requiring_verification_published</c> is raised
/// when there is at least one, and webhooks for it fire once per version.
/// </summary>
internal sealed class RequiredVerifications(BrokerSession session)
{
    private const string NotVerified = """
        NOT EXISTS (SELECT 1 FROM verifications x WHERE x.pact_version_id = @pactVersionId AND x.provider_version_id = v.id)
        """;

    public async Task<IReadOnlyList<RequiredVerification>> ForAsync(long pactVersionId, long providerId, CancellationToken cancellationToken)
    {
        var candidates = new List<Candidate>();
        candidates.AddRange(await session.QueryAsync<Candidate>(
            $"""
            SELECT v.id, v.number, p.main_branch AS branch, 'latest from main branch' AS description
            FROM pacticipants p
            JOIN branch_heads h ON h.pacticipant_id = p.id AND h.branch_name = p.main_branch
            JOIN versions v ON v.id = h.version_id
            WHERE p.id = @providerId AND {NotVerified}
            """,
            new { providerId, pactVersionId }, cancellationToken).ConfigureAwait(false));
        candidates.AddRange(await session.QueryAsync<Candidate>(
            $"""
            SELECT v.id, v.number, NULL AS branch, 'deployed in ' || e.name AS description
            FROM currently_deployed_version_ids c
            JOIN versions v ON v.id = c.version_id
            JOIN environments e ON e.id = c.environment_id
            WHERE c.pacticipant_id = @providerId AND {NotVerified}
            ORDER BY c.id
            """,
            new { providerId, pactVersionId }, cancellationToken).ConfigureAwait(false));
        candidates.AddRange(await session.QueryAsync<Candidate>(
            $"""
            SELECT v.id, v.number, NULL AS branch, 'released in ' || e.name AS description
            FROM released_versions r
            JOIN versions v ON v.id = r.version_id
            JOIN environments e ON e.id = r.environment_id
            WHERE r.pacticipant_id = @providerId AND r.support_ended_at IS NULL AND {NotVerified}
            ORDER BY r.id
            """,
            new { providerId, pactVersionId }, cancellationToken).ConfigureAwait(false));

        var required = new List<RequiredVerification>();
        foreach (var group in candidates.GroupBy(c => c.Id))
        {
            var branch = group.Select(c => c.Branch).FirstOrDefault(b => b is not null)
                ?? await LastBranchAsync(group.Key, cancellationToken).ConfigureAwait(false);
            required.Add(new RequiredVerification(group.Key, group.First().Number, branch, [.. group.Select(c => c.Description).Distinct(StringComparer.Ordinal)]));
        }

        return required;
    }

    private Task<string?> LastBranchAsync(long versionId, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<string?>(
            "SELECT branch_name FROM branch_versions WHERE version_id = @versionId ORDER BY id DESC LIMIT 1", new { versionId }, cancellationToken);

    private sealed class Candidate
    {
        public long Id { get; init; }

        public string Number { get; init; } = "";

        public string? Branch { get; init; }

        public string Description { get; init; } = "";
    }
}
