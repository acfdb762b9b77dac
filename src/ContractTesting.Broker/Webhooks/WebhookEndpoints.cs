using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// <c>/webhooks</c>: list and create (POST) all webhooks, or those of one integration
/// (<c>/webhooks/provider/{p}/consumer/{c}</c>, also <c>/pacts/provider/{p}/consumer/{c}/webhooks</c>), one provider
/// (<c>/webhooks/provider/{p}</c>) or one consumer (<c>/webhooks/consumer/{c}</c>), where the URL names the
/// pacticipants; read, create or replace (PUT) and delete one by UUID.
/// </summary>
internal static partial class WebhookEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/webhooks", async (WebhookStore store, BrokerUrls urls, CancellationToken ct) =>
            new JsonResponse(WebhookListJson.Render(await store.ListAsync(ct).ConfigureAwait(false), urls.Webhooks, "Webhooks", urls)));
        app.MapPost("/webhooks", (RequestBody body, WebhookReader reader, WebhookStore store, BrokerUrls urls, CancellationToken ct) =>
            CreateAsync(null, null, body, reader, store, urls, ct));
        MapScoped(app, "/webhooks/provider/{provider}/consumer/{consumer}", "Webhooks");
        MapScoped(app, "/pacts/provider/{provider}/consumer/{consumer}/webhooks", "Pact webhooks");
        MapScoped(app, "/webhooks/provider/{provider}", "Webhooks");
        MapScoped(app, "/webhooks/consumer/{consumer}", "Webhooks");
        app.MapGet("/webhooks/{uuid}", GetAsync);
        app.MapPut("/webhooks/{uuid}", PutAsync);
        app.MapDelete("/webhooks/{uuid}", DeleteAsync);
    }

    private static void MapScoped(IEndpointRouteBuilder app, string pattern, string title)
    {
        app.MapGet(pattern, async (HttpContext context, PacticipantStore pacticipants, WebhookStore store, BrokerUrls urls, CancellationToken ct) =>
        {
            var (consumer, provider) = await ScopeAsync(context, pacticipants, ct).ConfigureAwait(false);
            var webhooks = await store.ListForAsync(consumer?.Id, provider?.Id, ct).ConfigureAwait(false);
            return new JsonResponse(WebhookListJson.Render(webhooks, urls.Current, title, urls));
        });
        app.MapPost(pattern, async (HttpContext context, PacticipantStore pacticipants, RequestBody body, WebhookReader reader, WebhookStore store,
            BrokerUrls urls, CancellationToken ct) =>
        {
            var (consumer, provider) = await ScopeAsync(context, pacticipants, ct).ConfigureAwait(false);
            return await CreateAsync(consumer, provider, body, reader, store, urls, ct).ConfigureAwait(false);
        });
    }

    private static async Task<IResult> CreateAsync(
        PacticipantRow? consumer, PacticipantRow? provider, RequestBody body, WebhookReader reader, WebhookStore store, BrokerUrls urls, CancellationToken ct)
    {
        var json = await body.ReadObjectAsync(allowEmpty: false, ct).ConfigureAwait(false);
        var definition = await reader.ReadAsync(json, consumer, provider, ct).ConfigureAwait(false);
        var webhook = await store.CreateAsync(NewUuid(), definition, ct).ConfigureAwait(false);
        return JsonResponse.Created(WebhookJson.Render(webhook, urls), urls.Webhook(webhook.Uuid));
    }

    private static async Task<IResult> GetAsync(string uuid, WebhookStore store, BrokerUrls urls, CancellationToken ct)
    {
        var webhook = (await store.FindAsync(uuid, ct).ConfigureAwait(false)).OrNotFound(NoWebhook(uuid));
        return new JsonResponse(WebhookJson.Render(webhook, urls));
    }

    private static async Task<IResult> PutAsync(string uuid, RequestBody body, WebhookReader reader, WebhookStore store, BrokerUrls urls, CancellationToken ct)
    {
        if (!ValidUuid().IsMatch(uuid))
        {
            throw BrokerProblem.Invalid("uuid", "The UUID can only contain the characters A-Z, a-z, 0-9, _ and -, and must be 16 or more characters.");
        }

        var json = await body.ReadObjectAsync(allowEmpty: false, ct).ConfigureAwait(false);
        var definition = await reader.ReadAsync(json, null, null, ct).ConfigureAwait(false);
        if (await store.FindAsync(uuid, ct).ConfigureAwait(false) is { } existing)
        {
            var kept = definition with { Request = WebhookSecrets.Keep(definition.Request, existing.Definition.Request, json["request"] as JsonObject) };
            return new JsonResponse(WebhookJson.Render(await store.UpdateAsync(existing, kept, ct).ConfigureAwait(false), urls));
        }

        return JsonResponse.Created(WebhookJson.Render(await store.CreateAsync(uuid, definition, ct).ConfigureAwait(false), urls), urls.Webhook(uuid));
    }

    private static async Task<IResult> DeleteAsync(string uuid, WebhookStore store, CancellationToken ct)
    {
        var webhook = (await store.FindAsync(uuid, ct).ConfigureAwait(false)).OrNotFound(NoWebhook(uuid));
        await store.DeleteAsync(webhook.Id, ct).ConfigureAwait(false);
        return Results.NoContent();
    }

    private static async Task<(PacticipantRow? Consumer, PacticipantRow? Provider)> ScopeAsync(HttpContext context, PacticipantStore pacticipants, CancellationToken ct)
    {
        var values = context.Request.RouteValues;
        return (await FindAsync(values["consumer"] as string, pacticipants, ct).ConfigureAwait(false),
            await FindAsync(values["provider"] as string, pacticipants, ct).ConfigureAwait(false));
    }

    private static async Task<PacticipantRow?> FindAsync(string? routeValue, PacticipantStore pacticipants, CancellationToken ct)
    {
        if (routeValue is null)
        {
            return null;
        }

        var name = RouteName.Decode(routeValue);
        return (await pacticipants.FindAsync(name, ct).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(name));
    }

    public static string NoWebhook(string uuid) => $"No webhook with uuid '{uuid}' found";

    // Random and URL-safe, like the Pact Broker's (16 random bytes, base64url).
    private static string NewUuid() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[A-Za-z0-9_-]{16,}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidUuid();
}
