using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Tags;

namespace ContractTesting.Broker.Versions;

/// <summary>A version as the Pact Broker renders it (its <c>VersionDecorator</c>).</summary>
internal static class VersionJson
{
    /// <summary>The full resource; <paramref name="selfHref"/> is the URL it was fetched at (a version has several).</summary>
    public static JsonObject Render(VersionView view, BrokerUrls urls, string selfHref)
    {
        var version = view.Version;
        var pacticipant = version.PacticipantName;
        var json = new JsonObject { ["number"] = version.Number };
        if (version.BuildUrl is not null)
        {
            json["buildUrl"] = version.BuildUrl;
        }

        json["createdAt"] = Timestamps.Format(version.CreatedAt);
        if (version.UpdatedAt != version.CreatedAt)
        {
            json["updatedAt"] = Timestamps.Format(version.UpdatedAt);
        }

        var branchVersions = view.Branches.Select(b => (JsonNode)new JsonObject
        {
            ["name"] = b.BranchName,
            ["latest"] = b.Latest,
            ["_links"] = new JsonObject
            {
                ["self"] = Hal.Link(urls.BranchVersion(pacticipant, b.BranchName, version.Number), "Branch version", b.BranchName),
            },
        }).ToList();
        json["_embedded"] = new JsonObject
        {
            ["branches"] = new JsonArray([.. branchVersions.Select(b => b.DeepClone())]),
            ["branchVersions"] = new JsonArray([.. branchVersions]),
            ["tags"] = new JsonArray([.. view.Tags.Select(t => (JsonNode)TagJson.Embedded(t, urls))]),
        };

        json["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(selfHref, "Version", version.Number),
            ["pb:pacticipant"] = Hal.Link(urls.Pacticipant(pacticipant), "Pacticipant", pacticipant),
            ["pb:tag"] = Hal.Template($"{urls.Version(pacticipant, version.Number)}/tags/{{tag}}", "Get, create or delete a tag for this pacticipant version"),
            ["pb:pact-versions"] = Hal.Links(view.Pacts.Select(p => Hal.Link(urls.Pact(p.ProviderName, p.ConsumerName, p.ConsumerVersionNumber), "Pact", p.Title))),
            ["pb:deployed-environments"] = Hal.Links(view.Deployments.Select(d =>
            {
                var link = Hal.Link(urls.DeployedVersion(d.Uuid), $"Version deployed to {d.EnvironmentDisplayName ?? d.EnvironmentName}", d.EnvironmentDisplayName ?? d.EnvironmentName);
                link["currentlyDeployed"] = d.IsCurrent;
                if (d.Target is not null)
                {
                    link["applicationInstance"] = d.Target;
                }

                return link;
            })),
            ["pb:released-environments"] = Hal.Links(view.Releases.Select(r =>
            {
                var link = Hal.Link(urls.ReleasedVersion(r.Uuid), $"Version released to {r.EnvironmentDisplayName ?? r.EnvironmentName}", r.EnvironmentDisplayName ?? r.EnvironmentName);
                link["currentlySupported"] = r.IsCurrent;
                return link;
            })),
            ["pb:record-deployment"] = Hal.Links(view.Environments.Select(e => Hal.Link(
                urls.RecordDeployment(pacticipant, version.Number, e.Uuid), $"Record deployment to {e.DisplayName ?? e.Name}", e.Name))),
            ["pb:record-release"] = Hal.Links(view.Environments.Select(e => Hal.Link(
                urls.RecordRelease(pacticipant, version.Number, e.Uuid), $"Record release to {e.DisplayName ?? e.Name}", e.Name))),
            ["curies"] = Hal.Curies(urls, "version"),
        };
        return json;
    }

    /// <summary>The short form embedded in other resources: <c>{number, _links: {self}}</c>.</summary>
    public static JsonObject Embedded(VersionRow version, BrokerUrls urls) => Embedded(version.PacticipantName, version.Number, urls);

    public static JsonObject Embedded(string pacticipant, string number, BrokerUrls urls) => new()
    {
        ["number"] = number,
        ["_links"] = new JsonObject { ["self"] = Hal.Link(urls.Version(pacticipant, number), "Version", number) },
    };
}
