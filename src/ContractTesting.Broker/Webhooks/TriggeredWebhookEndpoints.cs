using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Pacts;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// What webhooks did: the deliveries a pact publication or a verification result triggered, the logs of one
/// delivery's attempts (<c>text/plain</c> unless JSON is asked for), and the status of an integration's webhooks.
/// </summary>
internal static class TriggeredWebhookEndpoints
{
    private const string Integration = "/pacts/provider/{provider}/consumer/{consumer}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet($"{Integration}/version/{{version}}/triggered-webhooks", ForPactAsync);
        app.MapGet($"{Integration}/pact-version/{{sha}}/verification-results/{{number:int}}/triggered-webhooks", ForVerificationAsync);
        app.MapGet("/triggered-webhooks/{uuid}/logs", LogsAsync);
        app.MapGet($"{Integration}/webhooks/status", StatusAsync);
    }

    private static async Task<IResult> ForPactAsync(
        string provider, string consumer, string version, PactStore pacts, TriggeredWebhookStore store, BrokerUrls urls, CancellationToken ct)
    {
        var (p, c, v) = (RouteName.Decode(provider), RouteName.Decode(consumer), RouteName.Decode(version));
        var pact = (await pacts.FindAsync(p, c, v, ct).ConfigureAwait(false))
            .OrNotFound($"No pact between consumer '{c}' version '{v}' and provider '{p}' found");
        var rows = await store.ForPactAsync(pact.ConsumerVersionId, pact.ProviderId, ct).ConfigureAwait(false);
        var title = $"Webhooks triggered by the publication of the {char.ToLowerInvariant(pact.Title[0])}{pact.Title[1..]}";
        return new JsonResponse(TriggeredWebhookJson.List(rows, title, urls));
    }

    private static async Task<IResult> ForVerificationAsync(
        string provider, string consumer, string sha, int number, WebhookFactStore facts, TriggeredWebhookStore store, BrokerUrls urls, CancellationToken ct)
    {
        var (p, c) = (RouteName.Decode(provider), RouteName.Decode(consumer));
        var id = await facts.VerificationIdAsync(p, c, sha, number, ct).ConfigureAwait(false)
            ?? throw BrokerProblem.NotFound($"No verification result {number} for the pact between '{c}' and '{p}' with content SHA '{sha}' found");
        var rows = await store.ForVerificationAsync(id, ct).ConfigureAwait(false);
        return new JsonResponse(TriggeredWebhookJson.List(rows, $"Webhooks triggered by the publication of verification result {number}", urls));
    }

    private static async Task<IResult> LogsAsync(string uuid, HttpRequest request, TriggeredWebhookStore store, BrokerUrls urls, CancellationToken ct)
    {
        var row = (await store.FindAsync(uuid, ct).ConfigureAwait(false)).OrNotFound($"No triggered webhook with uuid '{uuid}' found");
        var executions = await store.ExecutionsAsync(row.Id, ct).ConfigureAwait(false);
        if (request.Headers.Accept.ToString().Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return new JsonResponse(TriggeredWebhookJson.Logs(row, executions, urls));
        }

        var text = executions.Count == 0
            ? "Webhook has not executed yet. Please retry in a few seconds."
            : string.Join("\n", executions.Select(e => e.Logs));
        return Results.Text(text, "text/plain; charset=utf-8");
    }

    private static async Task<IResult> StatusAsync(
        string provider, string consumer, PacticipantStore pacticipants, PactStore pacts, TriggeredWebhookStore store, BrokerUrls urls, CancellationToken ct)
    {
        var (p, c) = (RouteName.Decode(provider), RouteName.Decode(consumer));
        var consumerRow = (await pacticipants.FindAsync(c, ct).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(c));
        var providerRow = (await pacticipants.FindAsync(p, ct).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(p));
        var pact = await pacts.LatestAsync(p, c, null, ct).ConfigureAwait(false);
        var rows = pact is null ? [] : await store.LatestForIntegrationAsync(consumerRow.Id, providerRow.Id, ct).ConfigureAwait(false);
        var links = new JsonObject
        {
            ["self"] = Hal.Link(urls.Current, "Webhooks status"),
            ["pb:error-logs"] = Hal.Links(rows.Where(r => r.Status is TriggeredWebhookRow.Failure or TriggeredWebhookRow.Retrying)
                .Select(r => Hal.Link(urls.TriggeredWebhookLogs(r.Uuid), "Error logs", r.RequestDescription))),
            ["pb:pact-webhooks"] = Hal.Link(urls.PactWebhooks(p, c), $"Webhooks for the pact between {c} and {p}"),
        };
        if (pact is not null)
        {
            links["pb:pact-version"] = Hal.Link(urls.Pact(p, c, pact.ConsumerVersionNumber), "Pact", pact.Title);
        }

        links["pb:consumer"] = Hal.Link(urls.Pacticipant(c), "Consumer", c);
        links["pb:provider"] = Hal.Link(urls.Pacticipant(p), "Provider", p);
        return new JsonResponse(new JsonObject
        {
            ["summary"] = new JsonObject
            {
                ["successful"] = rows.Count(r => r.Status == TriggeredWebhookRow.Success),
                ["failed"] = rows.Count(r => r.Status == TriggeredWebhookRow.Failure),
                ["retrying"] = rows.Count(r => r.Status == TriggeredWebhookRow.Retrying),
                ["notRun"] = rows.Count(r => r.Status == TriggeredWebhookRow.NotRun),
            },
            ["_embedded"] = new JsonObject { ["triggeredWebhooks"] = new JsonArray([.. rows.Select(r => (JsonNode)TriggeredWebhookJson.Render(r, urls))]) },
            ["_links"] = links,
        });
    }
}
