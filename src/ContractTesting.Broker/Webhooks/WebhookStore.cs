using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Storage;
using Dapper;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// Reads and writes <c>webhooks</c> and <c>webhook_events</c>. Deleting a webhook keeps what it triggered
/// (<c>triggered_webhooks.webhook_id</c> becomes null), so its history stays visible.
/// </summary>
internal sealed class WebhookStore(BrokerSession session, TimeProvider time)
{
    private const string Select = """
        SELECT w.id, w.uuid, w.description, w.method, w.url, w.headers, w.body, w.is_json_request_body, w.username, w.password,
               w.consumer_id, c.name AS consumer_name, w.consumer_label, w.provider_id, p.name AS provider_name, w.provider_label,
               w.enabled, w.created_at, w.updated_at, e.name AS event_name
        FROM webhooks w
        LEFT JOIN pacticipants c ON c.id = w.consumer_id
        LEFT JOIN pacticipants p ON p.id = w.provider_id
        LEFT JOIN webhook_events e ON e.webhook_id = w.id
        """;

    private const string AppliesToIntegration = """
        (w.consumer_id = @consumerId OR (w.consumer_id IS NULL AND w.consumer_label IS NULL)
         OR EXISTS (SELECT 1 FROM labels l WHERE l.pacticipant_id = @consumerId AND l.name = w.consumer_label))
        AND (w.provider_id = @providerId OR (w.provider_id IS NULL AND w.provider_label IS NULL)
         OR EXISTS (SELECT 1 FROM labels l WHERE l.pacticipant_id = @providerId AND l.name = w.provider_label))
        """;

    public async Task<Webhook?> FindAsync(string uuid, CancellationToken cancellationToken) =>
        Group(await session.QueryAsync<WebhookRow>($"{Select} WHERE w.uuid = @uuid ORDER BY e.id", new { uuid }, cancellationToken).ConfigureAwait(false))
            .SingleOrDefault();

    public async Task<Webhook?> FindByIdAsync(long id, CancellationToken cancellationToken) =>
        Group(await session.QueryAsync<WebhookRow>($"{Select} WHERE w.id = @id ORDER BY e.id", new { id }, cancellationToken).ConfigureAwait(false))
            .SingleOrDefault();

    /// <summary>Every webhook, oldest first.</summary>
    public async Task<IReadOnlyList<Webhook>> ListAsync(CancellationToken cancellationToken) =>
        Group(await session.QueryAsync<WebhookRow>($"{Select} ORDER BY w.id, e.id", null, cancellationToken).ConfigureAwait(false));

    /// <summary>The webhooks for exactly this consumer and provider (<see langword="null"/>: the webhook names none).</summary>
    public async Task<IReadOnlyList<Webhook>> ListForAsync(long? consumerId, long? providerId, CancellationToken cancellationToken)
    {
        var consumer = consumerId is null ? "w.consumer_id IS NULL" : "w.consumer_id = @consumerId";
        var provider = providerId is null ? "w.provider_id IS NULL" : "w.provider_id = @providerId";
        return Group(await session.QueryAsync<WebhookRow>(
            $"{Select} WHERE {consumer} AND {provider} ORDER BY w.id, e.id", new { consumerId, providerId }, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// The enabled webhooks an event of this integration triggers: each side matches when the webhook names that
    /// pacticipant, one of its labels, or nobody.
    /// </summary>
    public async Task<IReadOnlyList<Webhook>> ToTriggerAsync(long consumerId, long providerId, string eventName, CancellationToken cancellationToken) =>
        Group(await session.QueryAsync<WebhookRow>(
            $"{Select} WHERE w.enabled = @enabled AND EXISTS (SELECT 1 FROM webhook_events x WHERE x.webhook_id = w.id AND x.name = @eventName) "
            + $"AND {AppliesToIntegration} ORDER BY w.id, e.id",
            new { consumerId, providerId, eventName, enabled = true }, cancellationToken).ConfigureAwait(false));

    /// <summary>Whether any webhook, enabled or not and for any event, applies to the integration.</summary>
    public async Task<bool> AnyForAsync(long consumerId, long providerId, CancellationToken cancellationToken) =>
        await session.QuerySingleOrDefaultAsync<long?>(
            $"SELECT w.id FROM webhooks w WHERE {AppliesToIntegration} LIMIT 1", new { consumerId, providerId }, cancellationToken).ConfigureAwait(false) is not null;

    public async Task<Webhook> CreateAsync(string uuid, WebhookDefinition definition, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await session.ExecuteAsync(
            """
            INSERT INTO webhooks (uuid, description, method, url, headers, body, is_json_request_body, username, password,
                                  consumer_id, consumer_label, provider_id, provider_label, enabled, created_at, updated_at)
            VALUES (@uuid, @Description, @Method, @Url, @Headers, @Body, @IsJson, @Username, @Password,
                    @ConsumerId, @ConsumerLabel, @ProviderId, @ProviderLabel, @Enabled, @now, @now)
            """,
            Parameters(definition, uuid, now, 0), cancellationToken).ConfigureAwait(false);
        var id = await session.QuerySingleAsync<long>("SELECT id FROM webhooks WHERE uuid = @uuid", new { uuid }, cancellationToken).ConfigureAwait(false);
        await AddEventsAsync(id, definition.Events, now, cancellationToken).ConfigureAwait(false);
        return await FindByIdAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException($"Webhook {uuid} was not created.");
    }

    public async Task<Webhook> UpdateAsync(Webhook existing, WebhookDefinition definition, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await session.ExecuteAsync(
            """
            UPDATE webhooks SET description = @Description, method = @Method, url = @Url, headers = @Headers, body = @Body,
                   is_json_request_body = @IsJson, username = @Username, password = @Password, consumer_id = @ConsumerId,
                   consumer_label = @ConsumerLabel, provider_id = @ProviderId, provider_label = @ProviderLabel, enabled = @Enabled,
                   updated_at = @now
            WHERE id = @id
            """,
            Parameters(definition, existing.Uuid, now, existing.Id), cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync("DELETE FROM webhook_events WHERE webhook_id = @Id", new { existing.Id }, cancellationToken).ConfigureAwait(false);
        await AddEventsAsync(existing.Id, definition.Events, now, cancellationToken).ConfigureAwait(false);
        return await FindByIdAsync(existing.Id, cancellationToken).ConfigureAwait(false) ?? throw new InvalidOperationException($"Webhook {existing.Uuid} vanished.");
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken) =>
        await session.ExecuteAsync("DELETE FROM webhooks WHERE id = @id", new { id }, cancellationToken).ConfigureAwait(false) > 0;

    private async Task AddEventsAsync(long webhookId, IReadOnlyList<string> events, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var name in events)
        {
            await session.ExecuteAsync(
                "INSERT INTO webhook_events (webhook_id, name, created_at) VALUES (@webhookId, @name, @now)",
                new { webhookId, name, now }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static DynamicParameters Parameters(WebhookDefinition d, string uuid, DateTimeOffset now, long id)
    {
        var headers = d.Request.Headers.Count == 0
            ? null
            : new JsonObject(d.Request.Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value))).ToJsonString(JsonResponse.SerializerOptions);
        var parameters = new DynamicParameters(new
        {
            d.Description, d.Request.Method, d.Request.Url, Headers = headers, d.Request.Body, IsJson = d.Request.IsJsonBody, d.Request.Username,
            d.Request.Password, ConsumerId = d.Consumer?.Id, ConsumerLabel = d.Consumer?.Label, ProviderId = d.Provider?.Id,
            ProviderLabel = d.Provider?.Label, d.Enabled, uuid, id,
        });
        parameters.Add("now", now);
        return parameters;
    }

    private static List<Webhook> Group(IReadOnlyList<WebhookRow> rows) =>
        [.. rows.GroupBy(r => r.Id).Select(group => ToWebhook(group.First(), [.. group.Select(r => r.EventName).OfType<string>().Distinct(StringComparer.Ordinal)]))];

    private static Webhook ToWebhook(WebhookRow row, List<string> events)
    {
        var headers = row.Headers is null
            ? []
            : JsonNode.Parse(row.Headers)!.AsObject().Select(h => KeyValuePair.Create(h.Key, h.Value?.GetValue<string>() ?? "")).ToList();
        var request = new WebhookRequestTemplate(row.Method, row.Url, headers, row.Body, row.IsJsonRequestBody, row.Username, row.Password);
        var consumer = row.ConsumerId is not null || row.ConsumerLabel is not null ? new WebhookPacticipant(row.ConsumerId, row.ConsumerName, row.ConsumerLabel) : null;
        var provider = row.ProviderId is not null || row.ProviderLabel is not null ? new WebhookPacticipant(row.ProviderId, row.ProviderName, row.ProviderLabel) : null;
        var definition = new WebhookDefinition(row.Description, consumer, provider, row.Enabled, request, events);
        return new Webhook(row.Id, row.Uuid, definition, row.CreatedAt, row.UpdatedAt);
    }
}
