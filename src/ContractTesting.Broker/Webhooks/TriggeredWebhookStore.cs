using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// Reads and writes <c>triggered_webhooks</c> (the deliveries: one per webhook and event, with their status and when
/// the next attempt is due) and <c>webhook_executions</c> (one row per attempt, with its log). Deliveries are the
/// sender's queue: they are written in the transaction of the request that caused them, so work that is rolled back
/// never sends anything, and they survive a restart.
/// </summary>
internal sealed class TriggeredWebhookStore(BrokerSession session)
{
    private const string Select = """
        SELECT t.id, t.uuid, t.trigger_type, t.webhook_id, t.webhook_uuid, t.consumer_id, c.name AS consumer_name, t.provider_id,
               p.name AS provider_name, t.pact_publication_id, t.verification_id, t.event_name, t.event_context, t.status, t.attempts_made,
               t.attempts_planned, t.next_attempt_at, t.created_at, t.updated_at, w.method AS webhook_method, w.url AS webhook_url
        FROM triggered_webhooks t
        LEFT JOIN webhooks w ON w.id = t.webhook_id
        LEFT JOIN pacticipants c ON c.id = t.consumer_id
        LEFT JOIN pacticipants p ON p.id = t.provider_id
        """;

    private const string Pending = $"t.status IN ('{TriggeredWebhookRow.NotRun}', '{TriggeredWebhookRow.Retrying}')";

    public async Task<TriggeredWebhookRow> AddAsync(NewDelivery delivery, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            $"""
            INSERT INTO triggered_webhooks (uuid, trigger_type, webhook_id, webhook_uuid, consumer_id, provider_id, pact_publication_id,
                                            verification_id, event_name, event_context, status, attempts_made, attempts_planned,
                                            next_attempt_at, created_at, updated_at)
            VALUES (@Uuid, '{TriggeredWebhookRow.ResourceCreation}', @WebhookId, @WebhookUuid, @ConsumerId, @ProviderId, @PactPublicationId,
                    @VerificationId, @EventName, @EventContext, '{TriggeredWebhookRow.NotRun}', 0, @AttemptsPlanned, @now, @now, @now)
            """,
            new
            {
                delivery.Uuid, delivery.WebhookId, delivery.WebhookUuid, delivery.ConsumerId, delivery.ProviderId, delivery.PactPublicationId,
                delivery.VerificationId, delivery.EventName, delivery.EventContext, delivery.AttemptsPlanned, now,
            },
            cancellationToken).ConfigureAwait(false);
        return await FindAsync(delivery.Uuid, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Triggered webhook {delivery.Uuid} was not stored.");
    }

    public Task<TriggeredWebhookRow?> FindAsync(string uuid, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<TriggeredWebhookRow>($"{Select} WHERE t.uuid = @uuid", new { uuid }, cancellationToken);

    /// <summary>What the publications of a consumer version's pact with a provider triggered, newest first.</summary>
    public Task<IReadOnlyList<TriggeredWebhookRow>> ForPactAsync(long consumerVersionId, long providerId, CancellationToken cancellationToken) =>
        session.QueryAsync<TriggeredWebhookRow>(
            $"""
            {Select}
            JOIN pact_publications pp ON pp.id = t.pact_publication_id
            WHERE pp.consumer_version_id = @consumerVersionId AND pp.provider_id = @providerId AND t.verification_id IS NULL
            ORDER BY t.id DESC
            """,
            new { consumerVersionId, providerId }, cancellationToken);

    /// <summary>What a verification result triggered, newest first.</summary>
    public Task<IReadOnlyList<TriggeredWebhookRow>> ForVerificationAsync(long verificationId, CancellationToken cancellationToken) =>
        session.QueryAsync<TriggeredWebhookRow>($"{Select} WHERE t.verification_id = @verificationId ORDER BY t.id DESC", new { verificationId }, cancellationToken);

    /// <summary>The newest delivery of each webhook and event for an integration, leaving out deleted webhooks.</summary>
    public Task<IReadOnlyList<TriggeredWebhookRow>> LatestForIntegrationAsync(long consumerId, long providerId, CancellationToken cancellationToken) =>
        session.QueryAsync<TriggeredWebhookRow>(
            $"""
            {Select}
            WHERE t.id IN (SELECT MAX(x.id) FROM triggered_webhooks x
                           WHERE x.consumer_id = @consumerId AND x.provider_id = @providerId AND x.webhook_id IS NOT NULL
                           GROUP BY x.webhook_uuid, x.event_name)
            ORDER BY t.id
            """,
            new { consumerId, providerId }, cancellationToken);

    public Task<IReadOnlyList<WebhookExecutionRow>> ExecutionsAsync(long triggeredWebhookId, CancellationToken cancellationToken) =>
        session.QueryAsync<WebhookExecutionRow>(
            "SELECT id, triggered_webhook_id, success, logs, created_at FROM webhook_executions WHERE triggered_webhook_id = @triggeredWebhookId ORDER BY id",
            new { triggeredWebhookId }, cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> deliveries that are due, by moving their due time to
    /// <paramref name="leaseUntil"/>: another sender (another broker on the same database) skips them, and if this one
    /// dies before recording the attempt they become due again then.
    /// </summary>
    public async Task<IReadOnlyList<TriggeredWebhookRow>> ClaimDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        var due = await session.QueryAsync<long>(
            $"SELECT t.id FROM triggered_webhooks t WHERE {Pending} AND t.next_attempt_at <= @now ORDER BY t.next_attempt_at, t.id LIMIT @limit",
            new { now, limit }, cancellationToken).ConfigureAwait(false);
        var claimed = new List<TriggeredWebhookRow>();
        foreach (var id in due)
        {
            // The condition is checked again under the row lock, so of two senders only one gets each delivery.
            var updated = await session.ExecuteAsync(
                $"UPDATE triggered_webhooks SET next_attempt_at = @leaseUntil, updated_at = @now WHERE id = @id AND status IN ('{TriggeredWebhookRow.NotRun}', '{TriggeredWebhookRow.Retrying}') AND next_attempt_at <= @now",
                new { id, leaseUntil, now }, cancellationToken).ConfigureAwait(false);
            if (updated == 1
                && await session.QuerySingleOrDefaultAsync<TriggeredWebhookRow>($"{Select} WHERE t.id = @id", new { id }, cancellationToken).ConfigureAwait(false) is { } row)
            {
                claimed.Add(row);
            }
        }

        return claimed;
    }

    /// <summary>Gives a claimed delivery back, due now (the sender stopped before the attempt finished).</summary>
    public Task<int> ReleaseAsync(long id, DateTimeOffset now, CancellationToken cancellationToken) =>
        session.ExecuteAsync(
            $"UPDATE triggered_webhooks SET next_attempt_at = @now, updated_at = @now WHERE id = @id AND status IN ('{TriggeredWebhookRow.NotRun}', '{TriggeredWebhookRow.Retrying}')",
            new { id, now }, cancellationToken);

    /// <summary>Records an attempt and the delivery's new status; nothing when the delivery was deleted meanwhile.</summary>
    public async Task RecordAttemptAsync(long id, bool success, string logs, string status, DateTimeOffset? nextAttemptAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            """
            INSERT INTO webhook_executions (triggered_webhook_id, success, logs, created_at)
            SELECT id, @success, @logs, @now FROM triggered_webhooks WHERE id = @id
            """,
            new { id, success, logs, now }, cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            """
            UPDATE triggered_webhooks SET status = @status, attempts_made = attempts_made + 1, next_attempt_at = @nextAttemptAt, updated_at = @now
            WHERE id = @id
            """,
            new { id, status, nextAttemptAt, now }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>When the next pending delivery is due, if any is.</summary>
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<DateTimeOffset?>($"SELECT MIN(t.next_attempt_at) FROM triggered_webhooks t WHERE {Pending}", null, cancellationToken);
}
