using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// A list of a provider's pacts as the Pact Broker renders it (its <c>ProviderPactsDecorator</c>): links only, each
/// pact in <c>_links["pb:pacts"]</c> as <c>{href, title, name}</c> (the consumer's name), which the CLI's tables read.
/// </summary>
internal static class ProviderPactsJson
{
    public static JsonObject Render(string provider, string title, IReadOnlyList<PactRow> rows, BrokerUrls urls)
    {
        var providerUrl = urls.Pacticipant(provider);
        return new JsonObject
        {
            ["_links"] = new JsonObject
            {
                ["self"] = Hal.Link(urls.Current, title),
                ["pb:provider"] = Hal.Link(providerUrl, name: provider),
                ["pb:pacts"] = PactLinks(rows, urls),
                ["provider"] = Hal.Link(providerUrl, provider, "DEPRECATED - please use the pb:provider relation"),
                ["pacts"] = Hal.Links(rows.Select(r => Hal.Link(
                    urls.Pact(r.ProviderName, r.ConsumerName, r.ConsumerVersionNumber), $"DEPRECATED - please use the pb:pacts relation. {r.Title}", r.ConsumerName))),
            },
        };
    }

    /// <summary>The <c>pb:pacts</c> links: each pact by consumer version, titled, named after the consumer.</summary>
    public static JsonArray PactLinks(IEnumerable<PactRow> rows, BrokerUrls urls) =>
        Hal.Links(rows.Select(r => Hal.Link(urls.Pact(r.ProviderName, r.ConsumerName, r.ConsumerVersionNumber), r.Title, r.ConsumerName)));
}
