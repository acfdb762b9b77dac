using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// The newest pact of every integration (<c>/pacts/latest</c>, read by list-latest-pact-versions) and of a provider's
/// integrations, optionally with a consumer version tag (<c>/pacts/provider/{p}/latest[/{tag}]</c>).
/// </summary>
internal static class LatestPactsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/pacts/latest", AllAsync);
        app.MapGet("/pacts/provider/{provider}/latest", ForProviderAsync);
        app.MapGet("/pacts/provider/{provider}/latest/{tag}", ForProviderAsync);
    }

    private static async Task<IResult> AllAsync(PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var rows = await pacts.LatestForIntegrationsAsync(null, null, cancellationToken).ConfigureAwait(false);
        var body = new JsonObject
        {
            ["pacts"] = new JsonArray([.. rows.Select(row => (JsonNode)Entry(row, urls))]),
            ["_links"] = new JsonObject
            {
                ["self"] = Hal.Link(urls.LatestPacts),
                ["pb:pacts"] = Hal.Links(rows.Select(r => Hal.Link(urls.LatestPact(r.ProviderName, r.ConsumerName), $"Latest pact between {r.ConsumerName} and {r.ProviderName}"))),
                ["pacts"] = Hal.Links(rows.Select(r => Hal.Link(
                    urls.LatestPact(r.ProviderName, r.ConsumerName), $"Latest pact between {r.ConsumerName} and {r.ProviderName}", "DEPRECATED - please use the pb:pacts relation"))),
                ["curies"] = Hal.Curies(urls, "pacts"),
            },
        };
        return new JsonResponse(body);
    }

    private static async Task<IResult> ForProviderAsync(
        string provider, string? tag, PacticipantStore pacticipants, PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (name, tagName) = (RouteName.Decode(provider), tag is null ? null : RouteName.Decode(tag));
        var row = (await pacticipants.FindAsync(name, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(name));
        var rows = await pacts.LatestForIntegrationsAsync(row.Id, tagName, cancellationToken).ConfigureAwait(false);
        var title = tagName is null ? $"Latest pact versions for the provider {name}" : $"Latest pact versions for the provider {name} with consumer version tag '{tagName}'";
        return new JsonResponse(ProviderPactsJson.Render(name, title, rows, urls));
    }

    private static JsonObject Entry(PactRow row, BrokerUrls urls)
    {
        var consumer = PacticipantJson.Embedded(row.ConsumerName, urls);
        consumer["_embedded"] = new JsonObject { ["version"] = VersionJson.Embedded(row.ConsumerName, row.ConsumerVersionNumber, urls) };
        return new JsonObject
        {
            ["createdAt"] = Timestamps.Format(row.CreatedAt),
            ["_embedded"] = new JsonObject
            {
                ["consumer"] = consumer,
                ["provider"] = PacticipantJson.Embedded(row.ProviderName, urls),
            },
            ["_links"] = new JsonObject
            {
                ["self"] = new JsonArray(
                    Hal.Link(urls.LatestPact(row.ProviderName, row.ConsumerName)),
                    Hal.Link(urls.Pact(row.ProviderName, row.ConsumerName, row.ConsumerVersionNumber))),
            },
        };
    }
}
