using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Integrations;

public sealed class IntegrationEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_Integrations_ListsEachConsumerAndProviderPairOnce(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));
        await broker.PublishAsync(Publications.Request("Orders", "1.1.0", Publications.Pact("Orders", "Users", "another request")));
        await broker.PublishAsync(Publications.Request("Billing", "7", Publications.Pact("Billing", "Users")));
        await broker.PublishAsync(Publications.Request("Orders", "1.1.0", Publications.Pact("Orders", "Stock")));

        var (response, body) = await broker.GetAsync("/integrations");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var integrations = body!["_embedded"]!["integrations"]!.AsArray();
        Assert.Equal(["Billing/Users", "Orders/Stock", "Orders/Users"], integrations.Select(i => $"{i!["consumer"]!["name"]}/{i["provider"]!["name"]}"));
        Assert.All(integrations, i => Assert.NotNull(i!["createdAt"]));
        Assert.Equal($"{broker.Base}/pacts/provider/Stock/consumer/Orders/latest", integrations[1]!["_links"]!["pb:latest-pact"]!["href"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/integrations", body["_links"]!["self"]!["href"]!.GetValue<string>());
    }
}
