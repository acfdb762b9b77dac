using System.Net;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Pacts;

public sealed class ProviderPactsEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_ProviderPacts_ListsEveryConsumerVersionOrOnlyTheTagged(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await PublishAsync(broker, "Orders", "1.0.0", "prod");
        await PublishAsync(broker, "Orders", "1.1.0", null);
        await PublishAsync(broker, "Billing", "7", "prod");
        await broker.PublishAsync(Publications.Request("Orders", "1.1.0", Publications.Pact("Orders", "Stock")));

        var all = await ListedAsync(broker, "/pacts/provider/Users");
        var tagged = await ListedAsync(broker, "/pacts/provider/Users/tag/prod");
        var (unknown, error) = await broker.GetAsync("/pacts/provider/Nobody");

        Assert.Equal(["Billing 7", "Orders 1.0.0", "Orders 1.1.0"], all);
        Assert.Equal(["Billing 7", "Orders 1.0.0"], tagged);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("No pacticipant with name 'Nobody' found", error!["errors"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_IntegrationPacts_ListsTheConsumersVersionsNewestFirstOrOnlyTheTagged(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await PublishAsync(broker, "Orders", "1.0.0", "prod");
        await PublishAsync(broker, "Orders", "1.1.0", null);
        await PublishAsync(broker, "Orders", "1.2.0", "prod");
        await PublishAsync(broker, "Billing", "7", "prod");

        var (_, versions) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/versions");
        var tagged = await ListedAsync(broker, "/pacts/provider/Users/consumer/Orders/tag/prod");
        var none = await ListedAsync(broker, "/pacts/provider/Users/consumer/Orders/tag/nope");

        Assert.Equal(["1.2.0", "1.1.0", "1.0.0"], versions!["_embedded"]!["pacts"]!.AsArray().Select(p => p!["_embedded"]!["consumerVersion"]!["number"]!.GetValue<string>()));
        Assert.Equal(["Orders 1.2.0", "Orders 1.1.0", "Orders 1.0.0"], Listed(versions));
        Assert.Equal(["Orders 1.2.0", "Orders 1.0.0"], tagged);
        Assert.Empty(none);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_LatestUntagged_IsTheNewestConsumerVersionWithoutTags(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await PublishAsync(broker, "Orders", "1.0.0", null);
        await PublishAsync(broker, "Orders", "1.1.0", null);
        await PublishAsync(broker, "Orders", "1.2.0", "prod");
        await PublishAsync(broker, "Billing", "7", "prod");

        var (_, latest) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/latest-untagged");
        var (none, error) = await broker.GetAsync("/pacts/provider/Users/consumer/Billing/latest-untagged");

        Assert.Equal("a request from Orders 1.1.0", latest!["interactions"]![0]!["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("No pact between consumer 'Billing' and provider 'Users' with an untagged consumer version found", error!["errors"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_PreviousDistinct_SkipsOlderVersionsWithTheSameContent(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users", "first")));
        await broker.PublishAsync(Publications.Request("Orders", "1.1.0", Publications.Pact("Orders", "Users", "second")));
        await broker.PublishAsync(Publications.Request("Orders", "1.2.0", Publications.Pact("Orders", "Users", "second")));
        await broker.PublishAsync(Publications.Request("Orders", "1.3.0", Publications.Pact("Orders", "Users", "second")));

        var (_, previous) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.3.0/previous-distinct");
        var (none, error) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.0.0/previous-distinct");

        Assert.Equal("Pact between Orders (1.0.0) and Users", previous!["_links"]!["self"]!["name"]!.GetValue<string>());
        Assert.Equal("first", previous["interactions"]![0]!["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("No previous pact between consumer 'Orders' and provider 'Users' with content different from version '1.0.0' found", error!["errors"]![0]!.GetValue<string>());
    }

    private static async Task PublishAsync(TestBroker broker, string consumer, string version, string? tag)
    {
        var pact = Publications.Pact(consumer, "Users", $"a request from {consumer} {version}");
        var (response, body) = await broker.PublishAsync(Publications.Request(consumer, version, pact, tags: tag is null ? null : [tag]));
        Assert.True(response.IsSuccessStatusCode, $"publishing {consumer} {version} answered {response.StatusCode}: {body}");
    }

    private static async Task<List<string>> ListedAsync(TestBroker broker, string path)
    {
        var (response, body) = await broker.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {response.StatusCode}: {body}");
        return Listed(body);
    }

    /// <summary>The <c>pb:pacts</c> links as "consumer version", in the order given, each checked against its href.</summary>
    private static List<string> Listed(JsonNode? body) =>
    [
        .. body!["_links"]!["pb:pacts"]!.AsArray().Select(link =>
        {
            var (consumer, title) = (link!["name"]!.GetValue<string>(), link["title"]!.GetValue<string>());
            var version = title[(title.IndexOf('(', StringComparison.Ordinal) + 1)..title.IndexOf(')', StringComparison.Ordinal)];
            Assert.EndsWith($"/pacts/provider/Users/consumer/{consumer}/version/{version}", link["href"]!.GetValue<string>(), StringComparison.Ordinal);
            return $"{consumer} {version}";
        }),
    ];
}
