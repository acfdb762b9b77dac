using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Cli.Tests.Support;

/// <summary>The broker documents the deployment and environment commands navigate, in the shapes of the compatibility document (section 2).</summary>
internal static class StubBrokerDocuments
{
    public const string EnvironmentUuid = "a1b2";

    public static JObject Index(StubBroker broker) => new()
    {
        ["_links"] = new JObject
        {
            ["pb:environments"] = Link(broker.Href("/environments")),
            ["pb:environment"] = new JObject { ["href"] = broker.Href("/environments/{uuid}"), ["templated"] = true },
            ["pb:pacticipant-version"] = new JObject { ["href"] = broker.Href("/pacticipants/{pacticipant}/versions/{version}"), ["templated"] = true },
        },
    };

    public static JObject Version(StubBroker broker, string pacticipant, string version) => new()
    {
        ["number"] = version,
        ["_links"] = new JObject
        {
            ["self"] = Link(broker.Href($"/pacticipants/{pacticipant}/versions/{version}")),
            ["pb:record-deployment"] = new JArray(Link(broker.Href($"/pacticipants/{pacticipant}/versions/{version}/deployed-versions/environment/{EnvironmentUuid}"), "production")),
            ["pb:record-release"] = new JArray(Link(broker.Href($"/pacticipants/{pacticipant}/versions/{version}/released-versions/environment/{EnvironmentUuid}"), "production")),
        },
    };

    public static JObject Environments(StubBroker broker) => new()
    {
        ["_embedded"] = new JObject { ["environments"] = new JArray(Environment(broker)) },
    };

    public static JObject Environment(StubBroker broker) => new()
    {
        ["uuid"] = EnvironmentUuid,
        ["name"] = "production",
        ["displayName"] = "Production",
        ["production"] = true,
        ["_links"] = new JObject
        {
            ["self"] = Link(broker.Href($"/environments/{EnvironmentUuid}")),
            ["pb:currently-deployed-deployed-versions"] = Link(broker.Href($"/environments/{EnvironmentUuid}/deployed-versions/currently-deployed")),
            ["pb:currently-supported-released-versions"] = Link(broker.Href($"/environments/{EnvironmentUuid}/released-versions/currently-supported")),
        },
    };

    public static JObject Placed(StubBroker broker, string kind, string uuid, string pacticipant, string version, string? instance = null)
    {
        var json = new JObject
        {
            ["uuid"] = uuid,
            [kind == "deployed" ? "currentlyDeployed" : "currentlySupported"] = true,
            ["_embedded"] = new JObject
            {
                ["pacticipant"] = new JObject { ["name"] = pacticipant },
                ["version"] = new JObject { ["number"] = version },
                ["environment"] = new JObject { ["name"] = "production" },
            },
            ["_links"] = new JObject { ["self"] = Link(broker.Href($"/{kind}-versions/{uuid}")) },
        };
        if (instance is not null)
        {
            json["applicationInstance"] = instance;
        }

        return json;
    }

    private static JObject Link(string href, string? name = null)
    {
        var link = new JObject { ["href"] = href };
        if (name is not null)
        {
            link["name"] = name;
        }

        return link;
    }
}
