namespace ContractTesting.Broker.Webhooks;

/// <summary>A delivery to store when an event triggers a webhook.</summary>
/// <param name="Uuid">Its identifier (in its logs URL).</param>
/// <param name="WebhookId">The webhook.</param>
/// <param name="WebhookUuid">The webhook's UUID (kept when the webhook is deleted).</param>
/// <param name="ConsumerId">The consumer of the pact the event is about.</param>
/// <param name="ProviderId">Its provider.</param>
/// <param name="PactPublicationId">The pact publication.</param>
/// <param name="VerificationId">The verification result, for <c>provider_verification_*</c> events.</param>
/// <param name="EventName">The event.</param>
/// <param name="EventContext">The <see cref="TriggerContext"/> as JSON.</param>
/// <param name="AttemptsPlanned">How many attempts it may take: one more than there are retries.</param>
internal sealed record NewDelivery(
    string Uuid,
    long WebhookId,
    string WebhookUuid,
    long ConsumerId,
    long ProviderId,
    long PactPublicationId,
    long? VerificationId,
    string EventName,
    string EventContext,
    int AttemptsPlanned);
