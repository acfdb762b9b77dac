using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Verifications;

/// <summary>
/// Reads and writes <c>verifications</c>, and keeps <c>latest_verification_id_for_pact_version_and_provider_version</c>
/// (the newest result for each pact content and provider version, which the matrix reads) up to date on write.
/// "Newest" is the highest id: results are numbered in the order they were stored.
/// </summary>
internal sealed class VerificationStore(BrokerSession session, TimeProvider time)
{
    private const string Select = """
        SELECT vr.id, vr.number, vr.success, vr.pact_version_id, pv.sha, vr.consumer_id, c.name AS consumer_name, vr.provider_id,
               p.name AS provider_name, vr.provider_version_id, v.number AS provider_version_number, vr.build_url, vr.execution_date,
               vr.test_results, vr.wip, vr.pact_pending, vr.consumer_version_selector_hashes, vr.tag_names, vr.verified_by_implementation,
               vr.verified_by_version, vr.verified_by_client_language, vr.created_at
        FROM verifications vr
        JOIN pact_versions pv ON pv.id = vr.pact_version_id
        JOIN pacticipants c ON c.id = vr.consumer_id
        JOIN pacticipants p ON p.id = vr.provider_id
        JOIN versions v ON v.id = vr.provider_version_id
        """;

    public Task<VerificationRow?> FindAsync(string provider, string consumer, string sha, int number, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<VerificationRow>(
            $"{Select} WHERE p.name = @provider AND c.name = @consumer AND pv.sha = @sha AND vr.number = @number",
            new { provider, consumer, sha, number }, cancellationToken);

    /// <summary>The newest result for the pact content, from any provider version.</summary>
    public Task<VerificationRow?> LatestForPactVersionAsync(long pactVersionId, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<VerificationRow>(
            $"{Select} WHERE vr.pact_version_id = @pactVersionId ORDER BY vr.id DESC LIMIT 1", new { pactVersionId }, cancellationToken);

    /// <summary>The newest result for the pact content from the provider version (one lookup in the latest-verification table).</summary>
    public Task<VerificationRow?> LatestAsync(long pactVersionId, long providerVersionId, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<VerificationRow>(
            $"""
            {Select}
            JOIN latest_verification_id_for_pact_version_and_provider_version l ON l.verification_id = vr.id
            WHERE l.pact_version_id = @pactVersionId AND l.provider_version_id = @providerVersionId
            """,
            new { pactVersionId, providerVersionId }, cancellationToken);

    /// <summary>
    /// Stores the result with the next number for its pact content and makes it the latest for its pact content and
    /// provider version. Results for the same content are numbered one at a time: the no-op update locks the content's
    /// row until the transaction ends (SQLite has one writer anyway), so concurrent results never take the same number.
    /// </summary>
    public async Task<VerificationRow> AddAsync(VerificationToStore verification, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await session.ExecuteAsync("UPDATE pact_versions SET interactions_count = interactions_count WHERE id = @PactVersionId",
            new { verification.PactVersionId }, cancellationToken).ConfigureAwait(false);
        var id = await session.QuerySingleAsync<long>(
            """
            INSERT INTO verifications
              (number, success, provider_version_id, pact_version_id, consumer_id, provider_id, build_url, execution_date, test_results, wip,
               pact_pending, consumer_version_selector_hashes, tag_names, verified_by_implementation, verified_by_version, verified_by_client_language,
               created_at)
            SELECT COALESCE(MAX(number), 0) + 1, @Success, @ProviderVersionId, @PactVersionId, @ConsumerId, @ProviderId, @BuildUrl, @now, @TestResults,
                   @Wip, @PactPending, @ConsumerVersionSelectorHashes, @TagNames, @VerifiedByImplementation, @VerifiedByVersion,
                   @VerifiedByClientLanguage, @now
            FROM verifications WHERE pact_version_id = @PactVersionId
            RETURNING id
            """,
            new
            {
                verification.Success, verification.ProviderVersionId, verification.PactVersionId, verification.ConsumerId, verification.ProviderId,
                verification.BuildUrl, verification.TestResults, verification.Wip, verification.PactPending, verification.ConsumerVersionSelectorHashes,
                verification.TagNames, verification.VerifiedByImplementation, verification.VerifiedByVersion, verification.VerifiedByClientLanguage, now,
            },
            cancellationToken).ConfigureAwait(false);

        await session.ExecuteAsync(
            """
            INSERT INTO latest_verification_id_for_pact_version_and_provider_version
              (pact_version_id, provider_version_id, verification_id, consumer_id, provider_id, created_at)
            VALUES (@PactVersionId, @ProviderVersionId, @id, @ConsumerId, @ProviderId, @now)
            ON CONFLICT (pact_version_id, provider_version_id) DO UPDATE SET
              verification_id = excluded.verification_id, created_at = excluded.created_at
            WHERE excluded.verification_id > latest_verification_id_for_pact_version_and_provider_version.verification_id
            """,
            new { verification.PactVersionId, verification.ProviderVersionId, id, verification.ConsumerId, verification.ProviderId, now },
            cancellationToken).ConfigureAwait(false);

        return await session.QuerySingleAsync<VerificationRow>($"{Select} WHERE vr.id = @id", new { id }, cancellationToken).ConfigureAwait(false);
    }
}
