using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Index;

/// <summary>Every link the index, a pacticipant, a version and a pact document advertise leads to a resource the broker serves.</summary>
public sealed partial class AdvertisedLinksTests
{
    // Links that name an action rather than a resource to read: a GET on them is not what a client does.
    private static readonly HashSet<string> ActionRelations =
        ["pb:publish-contracts", "pb:publish-verification-results", "pb:record-deployment", "pb:record-release"];

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_EveryAdvertisedLink_AnswersOk(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await VerificationSetup.PublishAsync(broker, "Orders", "0.9.0", Publications.Pact("Orders", "Users", "an older request"));
        var sha = await VerificationSetup.PublishAsync(broker, "Orders", "1.0.0", Publications.Pact("Orders", "Users"), branch: "main", tags: ["prod"]);
        await ForVerification.SetMainBranchAsync(broker, "Orders", "main");
        await VerificationSetup.VerifyAsync(broker, "Users", "Orders", sha, "2.0.0", success: true, branch: "main");
        var environment = await EnvironmentSetup.CreateAsync(broker, "production", production: true);
        var webhook = await broker.CreateAsync(WebhookBodies.Webhook("https://hooks.example.com/pacts", consumer: "Orders", provider: "Users"));
        var values = new Dictionary<string, string>
        {
            ["provider"] = "Users", ["consumer"] = "Orders", ["pacticipant"] = "Orders", ["consumerApplicationVersion"] = "1.0.0", ["version"] = "1.0.0",
            ["tag"] = "prod", ["environmentTag"] = "prod", ["branch"] = "main", ["environment"] = "production", ["pactVersion"] = sha,
        };
        var uuids = new Dictionary<string, string> { ["pb:webhook"] = webhook, ["pb:environment"] = environment };

        var hrefs = new List<(string Document, string Relation, string Href)>();
        foreach (var document in new[] { "/", "/pacticipants/Orders", "/pacticipants/Orders/versions/1.0.0", "/pacts/provider/Users/consumer/Orders/version/1.0.0" })
        {
            var (_, body) = await broker.GetAsync(document);
            foreach (var (relation, href) in Links(body!))
            {
                hrefs.Add((document, relation, Expand(href, uuids.TryGetValue(relation, out var uuid) ? new(values) { ["uuid"] = uuid } : values)));
            }
        }

        var failures = new List<string>();
        foreach (var (document, relation, href) in hrefs)
        {
            if (href.Contains('{', StringComparison.Ordinal))
            {
                failures.Add($"{document} {relation} {href}: not expanded");
                continue;
            }

            var (response, _) = await broker.GetAsync(new Uri(href).PathAndQuery);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{document} {relation} {href}: {(int)response.StatusCode}");
            }
        }

        Assert.Contains(hrefs, h => h.Relation == "pb:integrations");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static IEnumerable<(string Relation, string Href)> Links(JsonNode document)
    {
        foreach (var (relation, value) in document["_links"]!.AsObject())
        {
            if (relation == "curies" || ActionRelations.Contains(relation))
            {
                continue;
            }

            var links = value is JsonArray array ? array.Select(l => l!) : [value!];
            foreach (var link in links)
            {
                yield return (relation, link["href"]!.GetValue<string>());
            }
        }
    }

    private static string Expand(string href, Dictionary<string, string> values) =>
        Variable().Replace(href, m => values.TryGetValue(m.Groups[1].Value, out var value) ? Uri.EscapeDataString(value) : m.Value);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Variable();
}
