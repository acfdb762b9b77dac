using System.Text.Json.Nodes;
using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Matrix;

/// <summary>
/// An answer as the Pact Broker renders it (its <c>MatrixDecorator</c>): <c>summary</c> (deployable, reason, counts),
/// <c>notices</c> (each reason with its type) and <c>matrix</c> (the rows that count, then the ignored ones marked
/// <c>ignored: true</c>).
/// </summary>
internal static class MatrixJson
{
    public static JsonObject Render(MatrixResult result, DeploymentStatus status, MatrixVersionDetails details, BrokerUrls urls)
    {
        var summary = new JsonObject
        {
            ["deployable"] = status.Deployable,
            ["reason"] = string.Join('\n', status.Reasons.Select(r => r.Text)),
            ["success"] = status.SuccessCount,
            ["failed"] = status.FailedCount,
            ["unknown"] = status.UnknownCount,
        };
        if (status.IgnoredCount is { } ignored)
        {
            summary["ignored"] = ignored;
        }

        var rows = result.Considered.Select(row => Row(row, details, urls))
            .Concat(result.Ignored.Select(row =>
            {
                var json = Row(row, details, urls);
                json["ignored"] = true;
                return json;
            }));
        return new JsonObject
        {
            ["summary"] = summary,
            ["notices"] = new JsonArray([.. status.Reasons.Select(r => (JsonNode)new JsonObject { ["type"] = r.Type, ["text"] = r.Text })]),
            ["matrix"] = new JsonArray([.. rows]),
        };
    }

    private static JsonObject Row(MatrixRow row, MatrixVersionDetails details, BrokerUrls urls)
    {
        JsonObject? verification = null;
        if (row.Success is { } success)
        {
            verification = new JsonObject
            {
                ["success"] = success,
                ["verifiedAt"] = row.VerifiedAt is { } at ? Timestamps.Format(at) : null,
                ["_links"] = new JsonObject
                {
                    ["self"] = new JsonObject
                    {
                        ["href"] = urls.VerificationResult(row.ProviderName, row.ConsumerName, row.PactVersionSha, row.VerificationNumber ?? 0),
                    },
                },
            };
        }

        return new JsonObject
        {
            ["consumer"] = Pacticipant(row.ConsumerName, Version(row.ConsumerName, row.ConsumerVersionId, row.ConsumerVersionNumber, details, urls), urls),
            ["provider"] = Pacticipant(
                row.ProviderName,
                row.ProviderVersionId is { } id ? Version(row.ProviderName, id, row.ProviderVersionNumber!, details, urls) : null,
                urls),
            ["pact"] = new JsonObject
            {
                ["createdAt"] = Timestamps.Format(row.PactCreatedAt),
                ["_links"] = new JsonObject
                {
                    ["self"] = new JsonObject { ["href"] = urls.Pact(row.ProviderName, row.ConsumerName, row.ConsumerVersionNumber) },
                },
            },
            ["verificationResult"] = verification,
        };
    }

    private static JsonObject Pacticipant(string name, JsonObject? version, BrokerUrls urls) => new()
    {
        ["name"] = name,
        ["version"] = version,
        ["_links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = urls.Pacticipant(name) } },
    };

    private static JsonObject Version(string pacticipant, long id, string number, MatrixVersionDetails details, BrokerUrls urls)
    {
        var branches = details.Branches[id].ToList();
        JsonArray BranchVersions() => new([.. branches.Select(b => (JsonNode)new JsonObject
        {
            ["name"] = b.BranchName,
            ["latest"] = b.Latest,
            ["_links"] = new JsonObject
            {
                ["self"] = Hal.Link(urls.BranchVersion(pacticipant, b.BranchName, number), "Branch version", b.BranchName),
            },
        })]);
        return new JsonObject
        {
            ["number"] = number,
            ["branch"] = branches.Count > 0 ? branches[^1].BranchName : null,
            ["branches"] = BranchVersions(),
            ["branchVersions"] = BranchVersions(),
            ["environments"] = new JsonArray([.. details.Environments[id].Select(p => p.Environment).DistinctBy(e => e.Id).Select(e => (JsonNode)new JsonObject
            {
                ["uuid"] = e.Uuid,
                ["name"] = e.Name,
                ["displayName"] = EnvironmentJson.DisplayName(e),
                ["production"] = e.Production,
                ["createdAt"] = Timestamps.Format(e.CreatedAt),
                ["_links"] = new JsonObject { ["self"] = Hal.Link(urls.Environment(e.Uuid), "Environment", e.Name) },
            })]),
            ["_links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = urls.Version(pacticipant, number) } },
            ["tags"] = new JsonArray([.. details.Tags[id].Select(t => (JsonNode)new JsonObject
            {
                ["name"] = t.Name,
                ["latest"] = t.Latest,
                ["_links"] = new JsonObject { ["self"] = new JsonObject { ["href"] = urls.Tag(pacticipant, number, t.Name) } },
            })]),
        };
    }
}
