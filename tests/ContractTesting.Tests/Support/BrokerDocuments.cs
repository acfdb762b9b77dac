using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Support;

/// <summary>HAL documents as a Pact Broker serves them (shapes from the broker compatibility document), with hrefs on a stub broker.</summary>
internal static class BrokerDocuments
{
    public static JObject Index(StubBroker broker) => new()
    {
        ["_links"] = new JObject
        {
            ["self"] = Link(broker.Href("/"), title: "Index"),
            ["pb:provider-pacts-for-verification"] = Link(broker.Href("/pacts/provider/{provider}/for-verification"), templated: true),
            ["pb:pacticipant"] = Link(broker.Href("/pacticipants/{pacticipant}"), templated: true),
        },
    };

    public static JObject Self(string href) => new() { ["_links"] = new JObject { ["self"] = Link(href, title: "Pacts to be verified") } };

    /// <summary>The answer to <c>POST pb:provider-pacts-for-verification</c>.</summary>
    public static JObject PactsForVerification(StubBroker broker, params JObject[] pacts) => new()
    {
        ["_embedded"] = new JObject { ["pacts"] = new JArray(pacts.Cast<object>().ToArray()) },
        ["_links"] = new JObject { ["self"] = Link(broker.Href("/pacts/provider/UserService/for-verification"), title: "Pacts to be verified") },
    };

    /// <summary>One entry of <c>_embedded.pacts</c>.</summary>
    public static JObject Verifiable(string href, bool? pending = null, bool wip = false, params (string When, string Text)[] notices)
    {
        var properties = new JObject
        {
            ["notices"] = new JArray(notices.Select(n => new JObject { ["when"] = n.When, ["text"] = n.Text }).Cast<object>().ToArray()),
        };
        if (pending is { } p)
        {
            properties["pending"] = p;
        }

        if (wip)
        {
            properties["wip"] = true;
        }

        return new JObject
        {
            ["shortDescription"] = "latest from main branch",
            ["verificationProperties"] = properties,
            ["_links"] = new JObject { ["self"] = Link(href, name: "Pact between OrderService (1.0.0) and UserService") },
        };
    }

    /// <summary>
    /// A broker's pact document: a V3 pact between OrderService and <paramref name="provider"/> whose interaction
    /// <c>id-1</c> expects <c>GET /users/1</c> to answer 200 <c>{"id": 1, "name": "Ada"}</c>, with the broker's links.
    /// </summary>
    public static JObject Pact(StubBroker broker, string path, string provider = "UserService", bool publishable = true)
    {
        var links = new JObject
        {
            ["self"] = Link(broker.Href(path)),
            ["pb:provider"] = Link(broker.Href($"/pacticipants/{provider}"), title: "Provider"),
        };
        if (publishable)
        {
            links["pb:publish-verification-results"] = Link(broker.Href(path + "/verification-results"), title: "Publish verification results");
        }

        return new JObject
        {
            ["consumer"] = new JObject { ["name"] = "OrderService" },
            ["provider"] = new JObject { ["name"] = provider },
            ["interactions"] = new JArray(new JObject
            {
                ["_id"] = "id-1",
                ["description"] = "a request for user 1",
                ["request"] = new JObject { ["method"] = "GET", ["path"] = "/users/1" },
                ["response"] = new JObject
                {
                    ["status"] = 200,
                    ["headers"] = new JObject { ["Content-Type"] = "application/json" },
                    ["body"] = new JObject { ["id"] = 1, ["name"] = "Ada" },
                },
            }),
            ["metadata"] = new JObject { ["pactSpecification"] = new JObject { ["version"] = "3.0.0" } },
            ["_links"] = links,
        };
    }

    /// <summary>A pacticipant resource with the templated links the verifier publishes the provider version through.</summary>
    public static JObject Pacticipant(StubBroker broker, string name) => new()
    {
        ["name"] = name,
        ["_links"] = new JObject
        {
            ["self"] = Link(broker.Href($"/pacticipants/{name}")),
            ["pb:branch-version"] = Link(broker.Href($"/pacticipants/{name}/branches/{{branch}}/versions/{{version}}"), templated: true),
            ["pb:version-tag"] = Link(broker.Href($"/pacticipants/{name}/versions/{{version}}/tags/{{tag}}"), templated: true),
        },
    };

    public static JObject Link(string href, bool templated = false, string? title = null, string? name = null)
    {
        var link = new JObject { ["href"] = href };
        if (templated)
        {
            link["templated"] = true;
        }

        if (title is not null)
        {
            link["title"] = title;
        }

        if (name is not null)
        {
            link["name"] = name;
        }

        return link;
    }
}
