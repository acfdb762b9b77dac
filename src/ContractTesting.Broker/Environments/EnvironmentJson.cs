using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Environments;

/// <summary>An environment as the Pact Broker renders it (its <c>EnvironmentDecorator</c>), and the list of them.</summary>
internal static class EnvironmentJson
{
    public static JsonObject Render(EnvironmentRow environment, BrokerUrls urls)
    {
        var displayName = DisplayName(environment);
        var json = new JsonObject
        {
            ["uuid"] = environment.Uuid,
            ["name"] = environment.Name,
            ["displayName"] = displayName,
            ["production"] = environment.Production,
        };
        if (environment.Contacts is not null)
        {
            json["contacts"] = JsonNode.Parse(environment.Contacts);
        }

        json["createdAt"] = Timestamps.Format(environment.CreatedAt);
        json["updatedAt"] = Timestamps.Format(environment.UpdatedAt);
        json["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(urls.Environment(environment.Uuid), "Environment", environment.Name),
            ["pb:currently-deployed-deployed-versions"] = Hal.Link(
                urls.CurrentlyDeployed(environment.Uuid), $"Versions currently deployed to {displayName} environment"),
            ["pb:currently-supported-released-versions"] = Hal.Link(
                urls.CurrentlySupported(environment.Uuid), $"Versions released and supported in {displayName} environment"),
            ["pb:environments"] = Hal.Link(urls.Environments, "Environments"),
        };
        return json;
    }

    public static JsonObject RenderList(IReadOnlyList<EnvironmentRow> environments, BrokerUrls urls) => new()
    {
        ["_embedded"] = new JsonObject
        {
            ["environments"] = new JsonArray([.. environments.Select(e => (JsonNode)Render(e, urls))]),
        },
        ["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(urls.Current, "Environments"),
            ["pb:environments"] = Hal.Links(environments.Select(e => Hal.Link(urls.Environment(e.Uuid), "Environment", e.Name))),
        },
    };

    /// <summary>The display name, never empty (the CLI's list-environments needs one).</summary>
    public static string DisplayName(EnvironmentRow environment) =>
        string.IsNullOrWhiteSpace(environment.DisplayName) ? Pacticipants.DisplayNames.Generate(environment.Name) : environment.DisplayName;
}
