using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Pacticipants;

/// <summary>A pacticipant as the Pact Broker renders it (its <c>PacticipantDecorator</c>).</summary>
internal static class PacticipantJson
{
    public static JsonObject Render(PacticipantRow row, VersionRow? latestVersion, BrokerUrls urls)
    {
        var name = row.Name;
        var json = new JsonObject
        {
            ["name"] = name,
            ["displayName"] = string.IsNullOrWhiteSpace(row.DisplayName) ? DisplayNames.Generate(name) : row.DisplayName,
        };
        AddIfSet(json, "repositoryUrl", row.RepositoryUrl);
        AddIfSet(json, "repositoryName", row.RepositoryName);
        AddIfSet(json, "repositoryNamespace", row.RepositoryNamespace);
        AddIfSet(json, "mainBranch", row.MainBranch);
        json["createdAt"] = Timestamps.Format(row.CreatedAt);
        if (row.UpdatedAt != row.CreatedAt)
        {
            json["updatedAt"] = Timestamps.Format(row.UpdatedAt);
        }

        var embedded = new JsonObject { ["labels"] = new JsonArray() };
        if (latestVersion is not null)
        {
            embedded["latestVersion"] = VersionJson.Embedded(latestVersion, urls);
        }

        json["_embedded"] = embedded;
        var self = urls.Pacticipant(name);
        json["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(self),
            ["pb:versions"] = Hal.Link(urls.Versions(name)),
            ["pb:branches"] = Hal.Link(urls.Branches(name)),
            ["pb:version"] = Hal.Template($"{self}/versions/{{version}}", "Get, create or delete a pacticipant version"),
            ["pb:version-tag"] = Hal.Template($"{self}/versions/{{version}}/tags/{{tag}}", $"Get, create or delete a tag for a version of {name}"),
            ["pb:branch-version"] = Hal.Template($"{self}/branches/{{branch}}/versions/{{version}}", $"Get or add/create a version for a branch of {name}"),
            ["versions"] = Hal.Link(urls.Versions(name), "Deprecated - use pb:versions"),
            ["curies"] = Hal.Curies(urls, "pacticipant"),
        };
        return json;
    }

    /// <summary>The short form embedded in other resources: <c>{name, _links: {self}}</c>.</summary>
    public static JsonObject Embedded(string name, BrokerUrls urls) => new()
    {
        ["name"] = name,
        ["_links"] = new JsonObject { ["self"] = Hal.Link(urls.Pacticipant(name)) },
    };

    private static void AddIfSet(JsonObject json, string key, string? value)
    {
        if (value is not null)
        {
            json[key] = value;
        }
    }
}
