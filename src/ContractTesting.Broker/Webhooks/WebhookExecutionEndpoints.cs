using ContractTesting.Broker.Http;
using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Webhooks.Delivery;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// Tries a webhook out (<c>pact broker test-webhook</c>): <c>POST /webhooks/{uuid}/execute</c> sends a saved webhook's
/// request now, and <c>POST /webhooks/execute</c> one given in the body without saving it, filled from the newest pact
/// (and verification) it would fire for, or from placeholder values. The answer shows what happened; nothing is stored.
/// </summary>
internal static class WebhookExecutionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/webhooks/{uuid}/execute", async (string uuid, WebhookStore store, WebhookFactsBuilder facts, WebhookSender sender,
            BrokerSession session, BrokerUrls urls, CancellationToken ct) =>
        {
            var webhook = (await store.FindAsync(uuid, ct).ConfigureAwait(false)).OrNotFound(WebhookEndpoints.NoWebhook(uuid));
            return await ExecuteAsync(webhook.Definition, webhook.Uuid, facts, sender, session, urls, ct).ConfigureAwait(false);
        });
        app.MapPost("/webhooks/execute", async (RequestBody body, WebhookReader reader, WebhookFactsBuilder facts, WebhookSender sender,
            BrokerSession session, BrokerUrls urls, CancellationToken ct) =>
        {
            var json = await body.ReadObjectAsync(allowEmpty: false, ct).ConfigureAwait(false);
            var definition = await reader.ReadAsync(json, null, null, ct).ConfigureAwait(false);
            return await ExecuteAsync(definition, null, facts, sender, session, urls, ct).ConfigureAwait(false);
        });
    }

    private static async Task<IResult> ExecuteAsync(
        WebhookDefinition webhook, string? uuid, WebhookFactsBuilder facts, WebhookSender sender, BrokerSession session, BrokerUrls urls, CancellationToken ct)
    {
        var context = new TriggerContext(urls.Base, WebhookParameters.Build(await facts.ForTestAsync(webhook, ct).ConfigureAwait(false)));

        // Nothing is written; the transaction ends before the request goes out, so no lock or connection is held meanwhile.
        await session.CommitAsync(ct).ConfigureAwait(false);
        var attempt = await sender.SendAsync(uuid ?? "(unsaved)", webhook.Request, context, ct).ConfigureAwait(false);
        if (!attempt.Success)
        {
            attempt.Log.Info("Webhook execution failed");
        }

        return new JsonResponse(WebhookExecutionJson.Render(attempt, sender.ShowsResponses, uuid, urls));
    }
}
