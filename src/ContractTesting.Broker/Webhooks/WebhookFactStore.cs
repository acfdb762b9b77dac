using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Webhooks;

/// <summary>The look-ups that fill webhook placeholders: labels, pact content ids and verification results.</summary>
internal sealed class WebhookFactStore(BrokerSession session)
{
    public Task<IReadOnlyList<string>> LabelsAsync(long pacticipantId, CancellationToken cancellationToken) =>
        session.QueryAsync<string>("SELECT name FROM labels WHERE pacticipant_id = @pacticipantId ORDER BY name", new { pacticipantId }, cancellationToken);

    public Task<long> PactVersionIdAsync(long publicationId, CancellationToken cancellationToken) =>
        session.QuerySingleAsync<long>("SELECT pact_version_id FROM pact_publications WHERE id = @publicationId", new { publicationId }, cancellationToken);

    /// <summary>
    /// The verification of the content that placeholders report when the event is not itself a verification: the
    /// newest by a provider version on the provider's main branch, else the newest of all; none if never verified.
    /// </summary>
    public Task<VerificationFactRow?> LatestVerificationAsync(long pactVersionId, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<VerificationFactRow>(
            """
            SELECT v.id, v.number, v.success, v.provider_version_id, pv.number AS provider_version_number
            FROM verifications v
            JOIN versions pv ON pv.id = v.provider_version_id
            JOIN pacticipants p ON p.id = v.provider_id
            WHERE v.pact_version_id = @pactVersionId
            ORDER BY CASE WHEN EXISTS (SELECT 1 FROM branch_versions b WHERE b.version_id = v.provider_version_id AND b.branch_name = p.main_branch)
                          THEN 0 ELSE 1 END,
                     pv.version_order DESC, v.id DESC
            LIMIT 1
            """,
            new { pactVersionId }, cancellationToken);

    /// <summary>The newest verification of any content between the consumer and provider (for test executions).</summary>
    public Task<VerificationFactRow?> LatestVerificationAsync(long consumerId, long providerId, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<VerificationFactRow>(
            """
            SELECT v.id, v.number, v.success, v.provider_version_id, pv.number AS provider_version_number, pact.sha
            FROM verifications v
            JOIN versions pv ON pv.id = v.provider_version_id
            JOIN pact_versions pact ON pact.id = v.pact_version_id
            WHERE v.consumer_id = @consumerId AND v.provider_id = @providerId
            ORDER BY v.id DESC
            LIMIT 1
            """,
            new { consumerId, providerId }, cancellationToken);

    /// <summary>
    /// The consumer version and provider of the newest pact for a consumer or provider or both (for test executions),
    /// or <see langword="null"/> when there is none.
    /// </summary>
    public Task<LatestPactKey?> LatestPactAsync(long? consumerId, long? providerId, CancellationToken cancellationToken)
    {
        var consumer = consumerId is null ? "" : " AND l.consumer_id = @consumerId";
        var provider = providerId is null ? "" : " AND l.provider_id = @providerId";
        return session.QuerySingleOrDefaultAsync<LatestPactKey>(
            "SELECT l.consumer_version_id, l.provider_id FROM latest_pact_publication_ids_for_consumer_versions l "
            + $"WHERE 1 = 1{consumer}{provider} ORDER BY l.consumer_version_order DESC LIMIT 1",
            new { consumerId, providerId }, cancellationToken);
    }

    /// <summary>The id of a verification result, by its pact's names and content SHA and its number.</summary>
    public Task<long?> VerificationIdAsync(string provider, string consumer, string sha, int number, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<long?>(
            "SELECT v.id FROM verifications v JOIN pact_versions pv ON pv.id = v.pact_version_id "
            + "JOIN pacticipants c ON c.id = pv.consumer_id JOIN pacticipants p ON p.id = pv.provider_id "
            + "WHERE p.name = @provider AND c.name = @consumer AND pv.sha = @sha AND v.number = @number",
            new { provider, consumer, sha, number }, cancellationToken);
}
