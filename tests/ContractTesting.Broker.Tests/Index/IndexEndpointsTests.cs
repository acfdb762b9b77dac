using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Index;

public sealed class IndexEndpointsTests
{
    private static readonly string[] Relations =
    [
        "self", "pb:publish-contracts", "pb:latest-pact-versions", "pb:publish-pact", "pb:tagged-pact-versions", "pb:branch-pact-versions",
        "pb:latest-branch-pact-versions", "pb:main-branch-pact-versions", "pb:latest-main-branch-pact-versions", "pb:provider-pacts-with-main-branch",
        "pb:provider-pacts-with-branch", "pb:latest-provider-pacts-with-main-branch", "pb:latest-provider-pacts-with-branch", "pb:provider-pacts",
        "pb:provider-pacts-with-tag", "pb:latest-provider-pacts", "pb:latest-provider-pacts-with-tag", "pb:pacticipants", "pb:pacticipant",
        "pb:latest-version", "pb:latest-tagged-version", "pb:pacticipant-version", "pb:pacticipant-version-tag", "pb:pacticipant-branch",
        "pb:pacticipant-branch-version", "pb:webhooks", "pb:webhook", "pb:integrations", "pb:environments", "pb:environment",
        "pb:can-i-deploy-pacticipant-version-to-tag", "pb:can-i-deploy-pacticipant-version-to-environment", "pb:provider-pacts-for-verification",
        "beta:provider-pacts-for-verification",
    ];

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_Index_HasEveryRelationWithAbsoluteHrefsAndTemplateFlags(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var (response, body) = await broker.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/hal+json", response.Content.Headers.ContentType?.MediaType);
        var links = body!["_links"]!.AsObject();
        Assert.All(Relations, relation => Assert.True(links.ContainsKey(relation), relation));
        foreach (var relation in Relations)
        {
            var href = links[relation]!["href"]!.GetValue<string>();
            Assert.StartsWith(broker.Base, href, StringComparison.Ordinal);
            Assert.Equal(href.Contains('{', StringComparison.Ordinal), links[relation]!["templated"]!.GetValue<bool>());
        }

        Assert.Equal($"{broker.Base}/pacts/provider/{{provider}}/for-verification", links["pb:provider-pacts-for-verification"]!["href"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_Index_BehindProxy_UsesTheForwardedHeaders()
    {
        await using var broker = await TestBroker.StartAsync(BrokerDatabaseProvider.Sqlite);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Host", "broker.example.com");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Port", "8443");
        request.Headers.Add("X-Forwarded-Prefix", "/pact");

        using var response = await broker.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("https://broker.example.com:8443/pact/pacticipants", body!["_links"]!["pb:pacticipants"]!["href"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_Index_WithConfiguredBaseUrl_IgnoresTheRequestHost()
    {
        await using var broker = await TestBroker.StartAsync(BrokerDatabaseProvider.Sqlite, o => o with { BaseUrl = new Uri("https://pacts.example.org/broker/") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-Host", "evil.example.com");

        using var response = await broker.Client.SendAsync(request, TestContext.Current.CancellationToken);

        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("https://pacts.example.org/broker", body!["_links"]!["self"]!["href"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_UnknownPath_IsJson404()
    {
        await using var broker = await TestBroker.StartAsync(BrokerDatabaseProvider.Sqlite);

        var (response, body) = await broker.GetAsync("/no/such/thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/no/such/thing", body!["errors"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
