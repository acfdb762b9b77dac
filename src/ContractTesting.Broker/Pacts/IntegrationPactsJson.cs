using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// A list of one integration's pacts: each in <c>_embedded.pacts</c> with its consumer version, and in
/// <c>_links["pb:pacts"]</c> as <see cref="ProviderPactsJson.PactLinks"/> renders them.
/// </summary>
internal static class IntegrationPactsJson
{
    public static JsonObject Render(string provider, string consumer, string title, IReadOnlyList<PactRow> rows, BrokerUrls urls) => new()
    {
        ["_embedded"] = new JsonObject { ["pacts"] = new JsonArray([.. rows.Select(r => (JsonNode)Entry(r, urls))]) },
        ["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(urls.Current, title),
            ["pb:consumer"] = Hal.Link(urls.Pacticipant(consumer), "Consumer", consumer),
            ["pb:provider"] = Hal.Link(urls.Pacticipant(provider), "Provider", provider),
            ["pb:pacts"] = ProviderPactsJson.PactLinks(rows, urls),
        },
    };

    private static JsonObject Entry(PactRow row, BrokerUrls urls) => new()
    {
        ["createdAt"] = Timestamps.Format(row.CreatedAt),
        ["_embedded"] = new JsonObject { ["consumerVersion"] = VersionJson.Embedded(row.ConsumerName, row.ConsumerVersionNumber, urls) },
        ["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(urls.Pact(row.ProviderName, row.ConsumerName, row.ConsumerVersionNumber), row.Title),
        },
    };
}
