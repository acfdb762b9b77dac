using System.Text;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// A pact as the Pact Broker serves it: the published document (each interaction with its <c>_id</c>) with
/// <c>createdAt</c> and the <c>_links</c> clients follow merged in (compatibility document, section 3 item 4).
/// </summary>
internal static class PactDocumentJson
{
    /// <param name="pact">The publication, with its content.</param>
    /// <param name="urls">The request's URLs.</param>
    /// <param name="metadata">The opaque metadata segment of a pacts-for-verification link, kept in the links built from it.</param>
    public static JsonObject Render(PactRow pact, BrokerUrls urls, string? metadata = null)
    {
        var json = JsonBody.Parse(Encoding.UTF8.GetBytes(pact.Content), "content", "The stored pact");
        var (provider, consumer, version, sha) = (pact.ProviderName, pact.ConsumerName, pact.ConsumerVersionNumber, pact.Sha);
        var pactUrl = urls.Pact(provider, consumer, version);
        var tags = urls.Tags(consumer, version);
        json["createdAt"] = Timestamps.Format(pact.CreatedAt);
        json["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(pactUrl, "Pact", pact.Title),
            ["pb:consumer"] = Hal.Link(urls.Pacticipant(consumer), "Consumer", consumer),
            ["pb:consumer-version"] = Hal.Link(urls.Version(consumer, version), "Consumer version", version),
            ["pb:provider"] = Hal.Link(urls.Pacticipant(provider), "Provider", provider),
            ["pb:pact-version"] = Hal.Link(urls.PactVersion(provider, consumer, sha), "Pact content version permalink", sha),
            ["pb:latest-pact-version"] = Hal.Link(urls.LatestPact(provider, consumer), "Latest version of this pact"),
            ["pb:all-pact-versions"] = Hal.Link(urls.PactVersions(provider, consumer), "All versions of this pact"),
            ["pb:latest-untagged-pact-version"] = Hal.Link($"{urls.Integration(provider, consumer)}/latest-untagged", "Latest untagged version of this pact"),
            ["pb:latest-tagged-pact-version"] = Hal.Template($"{urls.LatestPact(provider, consumer)}/{{tag}}", "Latest tagged version of this pact"),
            ["pb:previous-distinct"] = Hal.Link($"{pactUrl}/previous-distinct", "Previous distinct version of this pact"),
            ["pb:pact-webhooks"] = Hal.Link(urls.WebhooksForIntegration(provider, consumer), $"Webhooks for the pact between {consumer} and {provider}"),
            ["pb:consumer-webhooks"] = Hal.Link(urls.WebhooksForConsumer(consumer), $"Webhooks for all pacts with consumer {consumer}"),
            ["pb:provider-webhooks"] = Hal.Link(urls.WebhooksForProvider(provider), $"Webhooks for all pacts with provider {provider}"),
            ["pb:tag-prod-version"] = Hal.Link($"{tags}/prod", "PUT to this resource to tag this consumer version as 'production'"),
            ["pb:tag-version"] = Hal.Template($"{tags}/{{tag}}", "PUT to this resource to tag this consumer version"),
            ["pb:publish-verification-results"] = Hal.Link(urls.VerificationResults(provider, consumer, sha, metadata), "Publish verification results"),
            ["pb:latest-verification-results"] = Hal.Link(urls.LatestVerificationResults(provider, consumer, sha)),
            ["pb:triggered-webhooks"] = Hal.Link(urls.PactTriggeredWebhooks(provider, consumer, version), "Webhooks triggered by the publication of this pact"),
            ["pb:matrix-for-consumer-version"] = Hal.Link(urls.MatrixForConsumerVersion(consumer, version), "View matrix rows for the consumer version to which this pact belongs"),
            ["curies"] = Hal.Curies(urls, "pact"),
        };
        return json;
    }
}
