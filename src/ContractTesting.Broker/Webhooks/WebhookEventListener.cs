using ContractTesting.Broker.Events;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Publishing;
using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// Turns a request's events into deliveries: every enabled webhook that matches the event's consumer, provider and
/// name gets one (for <c>contract_requiring_verification_published</c>, one per provider version that has to verify),
/// stored in the request's transaction with its placeholder values. When the transaction commits, the sender is
/// woken; a rolled-back request leaves no delivery and wakes nothing. The client is told what was triggered, in the
/// Pact Broker's notices.
/// </summary>
internal sealed class WebhookEventListener(
    WebhookStore webhooks,
    TriggeredWebhookStore deliveries,
    WebhookFactsBuilder facts,
    WebhookFactStore factStore,
    RequiredVerifications requiredVerifications,
    BrokerSession session,
    DeliverySignal signal,
    BrokerUrls urls,
    BrokerOptions options,
    TimeProvider time) : IBrokerEventListener
{
    public async Task<IReadOnlyList<BrokerNotice>> OnEventsAsync(IReadOnlyList<BrokerEvent> events, CancellationToken cancellationToken)
    {
        var notices = new List<BrokerNotice>();
        foreach (var e in events)
        {
            var matching = await webhooks.ToTriggerAsync(e.Context.ConsumerId, e.Context.ProviderId, e.Name, cancellationToken).ConfigureAwait(false);
            if (matching.Count == 0)
            {
                continue;
            }

            foreach (var required in await ExpandAsync(e, cancellationToken).ConfigureAwait(false))
            {
                var context = new TriggerContext(urls.Base, WebhookParameters.Build(await facts.ForEventAsync(e, required, cancellationToken).ConfigureAwait(false)));
                foreach (var webhook in matching)
                {
                    var delivery = await deliveries.AddAsync(
                        new NewDelivery(NewUuid(), webhook.Id, webhook.Uuid, e.Context.ConsumerId, e.Context.ProviderId, e.Context.PactPublicationId,
                            e.Verification?.VerificationId, e.Name, context.ToJson(), options.Webhooks.RetrySchedule.Count + 1),
                        time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                    notices.Add(BrokerNotice.Debug(
                        $"  Webhook {Name(webhook)} triggered for event {e.Name}.\n    View logs at {urls.TriggeredWebhookLogs(delivery.Uuid)}"));
                }
            }
        }

        if (notices.Count > 0)
        {
            session.OnCommitted(signal.Wake);
        }
        else if (events.Count > 0 && await webhooks.AnyForAsync(events[0].Context.ConsumerId, events[0].Context.ProviderId, cancellationToken).ConfigureAwait(false))
        {
            notices.Add(BrokerNotice.Debug("  No enabled webhooks found for the detected events"));
        }

        return notices;
    }

    // contract_requiring_verification_published fires once per provider version that has to verify; other events once.
    private async Task<IReadOnlyList<RequiredVerification?>> ExpandAsync(BrokerEvent e, CancellationToken cancellationToken)
    {
        if (e.Name != BrokerEvent.ContractRequiringVerificationPublished)
        {
            return [null];
        }

        var pactVersionId = await factStore.PactVersionIdAsync(e.Context.PactPublicationId, cancellationToken).ConfigureAwait(false);
        return [.. await requiredVerifications.ForAsync(pactVersionId, e.Context.ProviderId, cancellationToken).ConfigureAwait(false)];
    }

    // The Pact Broker quotes the description (Ruby's inspect) and falls back to the UUID.
    private static string Name(Webhook webhook) =>
        webhook.Definition.Description is { } description ? $"\"{description.Replace("\"", "\\\"", StringComparison.Ordinal)}\"" : webhook.Uuid;

    private static string NewUuid() => Guid.NewGuid().ToString();
}
