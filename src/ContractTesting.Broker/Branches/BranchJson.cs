using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Branches;

/// <summary>Branches and branch versions as the Pact Broker renders them.</summary>
internal static class BranchJson
{
    public static JsonObject Branch(BranchRow branch, BrokerUrls urls)
    {
        var json = new JsonObject { ["name"] = branch.Name, ["createdAt"] = Timestamps.Format(branch.CreatedAt) };
        if (branch.UpdatedAt != branch.CreatedAt)
        {
            json["updatedAt"] = Timestamps.Format(branch.UpdatedAt);
        }

        json["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(urls.Branch(branch.PacticipantName, branch.Name), "Branch"),
            ["pb:latest-version"] = Hal.Link(urls.LatestVersionOnBranch(branch.PacticipantName, branch.Name), "Latest version for branch"),
        };
        return json;
    }

    /// <summary>A pacticipant's branches: <c>{_embedded: {branches: […]}, _links: {self, pb:pacticipant}}</c>.</summary>
    public static JsonObject Branches(string pacticipant, IEnumerable<BranchRow> branches, BrokerUrls urls) => new()
    {
        ["_embedded"] = new JsonObject { ["branches"] = new JsonArray([.. branches.Select(b => (JsonNode)Branch(b, urls))]) },
        ["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(urls.Branches(pacticipant), $"Branches of {pacticipant}"),
            ["pb:pacticipant"] = Hal.Link(urls.Pacticipant(pacticipant), "Pacticipant", pacticipant),
        },
    };

    public static JsonObject BranchVersion(BranchVersionRow row, BrokerUrls urls) => new()
    {
        ["createdAt"] = Timestamps.Format(row.CreatedAt),
        ["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(urls.BranchVersion(row.PacticipantName, row.BranchName, row.VersionNumber), "Branch version"),
            ["pb:branch"] = Hal.Link(urls.Branch(row.PacticipantName, row.BranchName), "Branch", row.BranchName),
            ["pb:version"] = Hal.Link(urls.Version(row.PacticipantName, row.VersionNumber), "Version", row.VersionNumber),
        },
    };
}
