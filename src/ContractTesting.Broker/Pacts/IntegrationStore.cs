using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Pacts;

/// <summary>Keeps <c>integrations</c>: one row per consumer and provider that have a pact, and when its contract data last changed.</summary>
internal sealed class IntegrationStore(BrokerSession session, TimeProvider time)
{
    public async Task TouchAsync(long consumerId, long providerId, CancellationToken cancellationToken) =>
        await session.ExecuteAsync(
            """
            INSERT INTO integrations (consumer_id, provider_id, contract_data_updated_at, created_at)
            VALUES (@consumerId, @providerId, @now, @now)
            ON CONFLICT (consumer_id, provider_id) DO UPDATE SET contract_data_updated_at = excluded.contract_data_updated_at
            """,
            new { consumerId, providerId, now = time.GetUtcNow() }, cancellationToken).ConfigureAwait(false);

    /// <summary>Whether any verification result exists for the integration.</summary>
    public async Task<bool> HasVerificationsAsync(long consumerId, long providerId, CancellationToken cancellationToken) =>
        await session.QuerySingleOrDefaultAsync<long?>(
            "SELECT 1 FROM verifications WHERE consumer_id = @consumerId AND provider_id = @providerId LIMIT 1",
            new { consumerId, providerId }, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Whether an enabled webhook applies to the integration (one naming it, or either side, or neither).</summary>
    public async Task<bool> HasWebhooksAsync(long consumerId, long providerId, CancellationToken cancellationToken) =>
        await session.QuerySingleOrDefaultAsync<long?>(
            """
            SELECT 1 FROM webhooks
            WHERE enabled = @enabled AND (consumer_id IS NULL OR consumer_id = @consumerId) AND (provider_id IS NULL OR provider_id = @providerId)
            LIMIT 1
            """,
            new { consumerId, providerId, enabled = true }, cancellationToken).ConfigureAwait(false) is not null;
}
