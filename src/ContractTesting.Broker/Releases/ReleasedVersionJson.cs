using System.Text.Json.Nodes;
using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Releases;

/// <summary>A released version as the Pact Broker renders it (its <c>ReleasedVersionDecorator</c>), and lists of them.</summary>
internal static class ReleasedVersionJson
{
    /// <summary>The resource, with the pacticipant, version and (when given) environment embedded.</summary>
    public static JsonObject Render(ReleasedVersionRow release, EnvironmentRow? environment, BrokerUrls urls)
    {
        var json = new JsonObject
        {
            ["uuid"] = release.Uuid,
            ["currentlySupported"] = release.CurrentlySupported,

            // describe-version --environment reads this to show the version as released; it is released while supported.
            ["currentlyReleased"] = release.CurrentlySupported,
            ["createdAt"] = Timestamps.Format(release.CreatedAt),
            ["updatedAt"] = Timestamps.Format(release.UpdatedAt),
        };
        if (release.SupportEndedAt is { } ended)
        {
            json["supportEndedAt"] = Timestamps.Format(ended);
        }

        var embedded = new JsonObject
        {
            ["pacticipant"] = PacticipantJson.Embedded(release.PacticipantName, urls),
            ["version"] = VersionJson.Embedded(release.PacticipantName, release.VersionNumber, urls),
        };
        if (environment is not null)
        {
            embedded["environment"] = EnvironmentJson.Render(environment, urls);
        }

        json["_embedded"] = embedded;
        json["_links"] = new JsonObject { ["self"] = Hal.Link(urls.ReleasedVersion(release.Uuid)) };
        return json;
    }

    /// <summary>A list, <c>{_embedded: {releasedVersions: […]}, _links: {self}}</c>, each with its pacticipant and version.</summary>
    public static JsonObject RenderList(IEnumerable<ReleasedVersionRow> releases, string title, BrokerUrls urls) => new()
    {
        ["_embedded"] = new JsonObject
        {
            ["releasedVersions"] = new JsonArray([.. releases.Select(r => (JsonNode)Render(r, null, urls))]),
        },
        ["_links"] = new JsonObject { ["self"] = Hal.Link(urls.Current, title) },
    };
}
