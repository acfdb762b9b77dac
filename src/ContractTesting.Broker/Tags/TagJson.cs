using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Tags;

/// <summary>A tag as the Pact Broker renders it.</summary>
internal static class TagJson
{
    public static JsonObject Render(TagRow tag, BrokerUrls urls)
    {
        var json = new JsonObject { ["name"] = tag.Name, ["createdAt"] = Timestamps.Format(tag.CreatedAt) };
        json["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(urls.Tag(tag.PacticipantName, tag.VersionNumber, tag.Name), "Tag", tag.Name),
            ["version"] = Hal.Link(urls.Version(tag.PacticipantName, tag.VersionNumber), "Version", tag.VersionNumber),
            ["pacticipant"] = Hal.Link(urls.Pacticipant(tag.PacticipantName), "Pacticipant", tag.PacticipantName),
        };
        return json;
    }

    public static JsonObject Embedded(TagRow tag, BrokerUrls urls) => new()
    {
        ["name"] = tag.Name,
        ["_links"] = new JsonObject { ["self"] = Hal.Link(urls.Tag(tag.PacticipantName, tag.VersionNumber, tag.Name), "Tag", tag.Name) },
    };
}
