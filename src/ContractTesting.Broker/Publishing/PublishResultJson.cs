using System.Text.Json.Nodes;
using ContractTesting.Broker.Events;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Publishing;

/// <summary>The answer to a publication, in the shape the CLI parses (the Pact Broker's <c>PublishContractsResultsDecorator</c>).</summary>
internal static class PublishResultJson
{
    public static JsonObject Render(PublishOutcome outcome, BrokerUrls urls)
    {
        var (pacticipant, version) = (outcome.Pacticipant.Name, outcome.Version.Number);
        return new JsonObject
        {
            ["logs"] = new JsonArray([.. outcome.Notices.Select(n => (JsonNode)new JsonObject
            {
                ["level"] = n.Type,
                ["message"] = n.Text,
                ["deprecationWarning"] = "Replaced by notices",
            })]),
            ["notices"] = BrokerNotice.ToJson(outcome.Notices),
            ["_embedded"] = new JsonObject
            {
                ["pacticipant"] = PacticipantJson.Embedded(pacticipant, urls),
                ["version"] = VersionJson.Embedded(outcome.Version, urls),
            },
            ["_links"] = new JsonObject
            {
                ["pb:pacticipant"] = Hal.Link(urls.Pacticipant(pacticipant), "Pacticipant", pacticipant),
                ["pb:pacticipant-version"] = Hal.Link(urls.Version(pacticipant, version), "Pacticipant version", version),
                ["pb:pacticipant-version-tags"] = Hal.Links(outcome.Tags.Select(t => Hal.Link(urls.Tag(pacticipant, version, t.Name), "Tag", t.Name))),
                ["pb:contracts"] = Hal.Links(outcome.Pacts.Select(p => Hal.Link(
                    urls.Pact(p.Pact.ProviderName, p.Pact.ConsumerName, p.Pact.ConsumerVersionNumber), "Pact", p.Pact.Title))),
            },
        };
    }
}
