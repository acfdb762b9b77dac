using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacts;

namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// The pacts-for-verification answer (the Pact Broker's <c>VerifiablePactsDecorator</c>, compatibility document,
/// section 3 item 3): each pact's short description, verification properties and notices, and a self link whose
/// metadata segment tells the verification result posted back how the pact was selected.
/// </summary>
internal static class VerifiablePactsJson
{
    public static JsonObject Render(IReadOnlyList<VerifiablePact> pacts, ForVerificationRequest request, BrokerUrls urls) => new()
    {
        ["_embedded"] = new JsonObject { ["pacts"] = new JsonArray([.. pacts.Select(p => (JsonNode)Render(p, request, urls))]) },
        ["_links"] = new JsonObject { ["self"] = Hal.Link(urls.Current, "Pacts to be verified") },
    };

    private static JsonObject Render(VerifiablePact pact, ForVerificationRequest request, BrokerUrls urls)
    {
        var row = pact.Pact;
        var metadata = pact.Wip
            ? new PactMetadata([], null, true, null)
            : new PactMetadata(
                [.. pact.Selectors.Select(s => new PactMetadata.Selector(s.ConsumerVersionId, s.Branch, s.Tag, s.Selector.Latest, s.Environment))],
                request.IncludePendingStatus ? pact.Pending : null, false, null);
        var self = urls.PactVersion(row.ProviderName, row.ConsumerName, row.Sha, metadata.Encode());
        var noticeUrl = pact.Wip ? self : urls.PactVersion(row.ProviderName, row.ConsumerName, row.Sha);
        var properties = new JsonObject();
        if (request.IncludePendingStatus)
        {
            properties["pending"] = pact.Pending == true;
        }

        if (pact.Wip)
        {
            properties["wip"] = true;
        }

        properties["notices"] = VerifiablePactNotices.Build(pact, noticeUrl, request);
        return new JsonObject
        {
            ["shortDescription"] = SelectorDescriptions.Short(pact),
            ["verificationProperties"] = properties,
            ["_links"] = new JsonObject { ["self"] = Hal.Link(self, name: row.Title) },
        };
    }
}
