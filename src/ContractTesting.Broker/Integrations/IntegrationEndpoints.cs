using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Integrations;

/// <summary>
/// <c>GET /integrations</c>: every consumer and provider pair that has a pact, each in <c>_embedded.integrations</c> as
/// <c>{consumer: {name}, provider: {name}, createdAt, _links}</c> with links to both sides and their latest pact.
/// </summary>
internal static class IntegrationEndpoints
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/integrations", ListAsync);

    private static async Task<IResult> ListAsync(IntegrationListStore integrations, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var rows = await integrations.AllAsync(cancellationToken).ConfigureAwait(false);
        var body = new JsonObject
        {
            ["_embedded"] = new JsonObject { ["integrations"] = new JsonArray([.. rows.Select(row => (JsonNode)Entry(row, urls))]) },
            ["_links"] = new JsonObject { ["self"] = Hal.Link($"{urls.Base}/integrations", "Integrations") },
        };
        return new JsonResponse(body);
    }

    private static JsonObject Entry(IntegrationRow row, BrokerUrls urls) => new()
    {
        ["consumer"] = new JsonObject { ["name"] = row.ConsumerName },
        ["provider"] = new JsonObject { ["name"] = row.ProviderName },
        ["createdAt"] = Timestamps.Format(row.CreatedAt),
        ["_links"] = new JsonObject
        {
            ["pb:consumer"] = Hal.Link(urls.Pacticipant(row.ConsumerName), "Consumer", row.ConsumerName),
            ["pb:provider"] = Hal.Link(urls.Pacticipant(row.ProviderName), "Provider", row.ProviderName),
            ["pb:latest-pact"] = Hal.Link(urls.LatestPact(row.ProviderName, row.ConsumerName), "Latest pact"),
        },
    };
}
