using System.Text.Json.Nodes;
using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Deployments;

/// <summary>A deployed version as the Pact Broker renders it (its <c>DeployedVersionDecorator</c>), and lists of them.</summary>
internal static class DeployedVersionJson
{
    /// <summary>The resource, with the pacticipant, version and (when given) environment embedded.</summary>
    public static JsonObject Render(DeployedVersionRow deployment, EnvironmentRow? environment, BrokerUrls urls)
    {
        var json = new JsonObject
        {
            ["uuid"] = deployment.Uuid,
            ["currentlyDeployed"] = deployment.CurrentlyDeployed,
        };
        if (deployment.Target is not null)
        {
            json["target"] = deployment.Target;
            json["applicationInstance"] = deployment.Target;
        }

        if (deployment.UndeployedAt is { } undeployedAt)
        {
            json["undeployedAt"] = Timestamps.Format(undeployedAt);
        }

        var embedded = new JsonObject
        {
            ["pacticipant"] = PacticipantJson.Embedded(deployment.PacticipantName, urls),
            ["version"] = VersionJson.Embedded(deployment.PacticipantName, deployment.VersionNumber, urls),
        };
        if (environment is not null)
        {
            embedded["environment"] = EnvironmentJson.Render(environment, urls);
        }

        json["_embedded"] = embedded;
        json["createdAt"] = Timestamps.Format(deployment.CreatedAt);
        json["updatedAt"] = Timestamps.Format(deployment.UpdatedAt);
        json["_links"] = new JsonObject { ["self"] = Hal.Link(urls.DeployedVersion(deployment.Uuid)) };
        return json;
    }

    /// <summary>A list, <c>{_embedded: {deployedVersions: […]}, _links: {self}}</c>, each with its pacticipant and version.</summary>
    public static JsonObject RenderList(IEnumerable<DeployedVersionRow> deployments, string title, BrokerUrls urls) => new()
    {
        ["_embedded"] = new JsonObject
        {
            ["deployedVersions"] = new JsonArray([.. deployments.Select(d => (JsonNode)Render(d, null, urls))]),
        },
        ["_links"] = new JsonObject { ["self"] = Hal.Link(urls.Current, title) },
    };
}
