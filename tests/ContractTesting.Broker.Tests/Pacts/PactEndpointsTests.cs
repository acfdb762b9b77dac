using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Pacts;

public sealed class PactEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_ByConsumerVersion_IsTheDocumentWithIdsAndLinks(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var published = Publications.Pact("Orders", "Users", "a request for user 42");
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", published));

        var (response, pact) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.0.0");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Orders", pact!["consumer"]!["name"]!.GetValue<string>());
        var interaction = pact["interactions"]![0]!.AsObject();
        Assert.Matches("^[0-9a-f]{40}$", interaction["_id"]!.GetValue<string>());
        Assert.Equal(published["interactions"]![0]!["response"]!.ToJsonString(), interaction["response"]!.ToJsonString());
        var links = pact["_links"]!;
        var sha = links["pb:pact-version"]!["name"]!.GetValue<string>();
        Assert.Equal($"{broker.Base}/pacts/provider/Users/consumer/Orders/version/1.0.0", links["self"]!["href"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/pacticipants/Orders/versions/1.0.0", links["pb:consumer-version"]!["href"]!.GetValue<string>());
        Assert.Equal("1.0.0", links["pb:consumer-version"]!["name"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/pacticipants/Users", links["pb:provider"]!["href"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/pacts/provider/Users/consumer/Orders/pact-version/{sha}/verification-results",
            links["pb:publish-verification-results"]!["href"]!.GetValue<string>());
        Assert.True(links["pb:tag-version"]!["templated"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_ByShaWithMetadata_KeepsTheMetadataInTheVerificationLink(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));
        var (_, byVersion) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.0.0");
        var sha = byVersion!["_links"]!["pb:pact-version"]!["name"]!.GetValue<string>();

        var (response, pact) = await broker.GetAsync($"/pacts/provider/Users/consumer/Orders/pact-version/{sha}/metadata/czE9bWFpbg");
        var (missing, _) = await broker.GetAsync($"/pacts/provider/Users/consumer/Orders/pact-version/{new string('0', 40)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(byVersion["interactions"]!.ToJsonString(), pact!["interactions"]!.ToJsonString());
        Assert.EndsWith($"/pact-version/{sha}/metadata/czE9bWFpbg/verification-results", pact["_links"]!["pb:publish-verification-results"]!["href"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_Latest_IsTheNewestConsumerVersionOptionallyWithTag(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users", "old"), tags: ["prod"]));
        await broker.PublishAsync(Publications.Request("Orders", "1.1.0", Publications.Pact("Orders", "Users", "new")));

        var (_, latest) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/latest");
        var (_, prod) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/latest/prod");
        var (none, _) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/latest/test");

        Assert.Equal("new", latest!["interactions"]![0]!["description"]!.GetValue<string>());
        Assert.Equal("old", prod!["interactions"]![0]!["description"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Put_LegacyPactPublication_CreatesThenKeepsTheSamePact(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var pact = Publications.Pact("Orders", "Users").ToJsonString();

        var (created, body) = await broker.SendAsync(HttpMethod.Put, "/pacts/provider/Users/consumer/Orders/version/2.0.0", pact);
        var (again, _) = await broker.SendAsync(HttpMethod.Put, "/pacts/provider/Users/consumer/Orders/version/2.0.0", pact);
        var (mismatch, error) = await broker.SendAsync(HttpMethod.Put, "/pacts/provider/Other/consumer/Orders/version/2.0.0", pact);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotNull(body!["_links"]!["pb:publish-verification-results"]);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM pact_publications"));
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Equal("name in pact 'Users' does not match name in URL path 'Other'.", error!["errors"]!["provider"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_LatestPacts_ListsEachIntegrationOnceWithItsNewestVersion(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));
        await broker.PublishAsync(Publications.Request("Orders", "1.0.1", Publications.Pact("Orders", "Users")));
        await broker.PublishAsync(Publications.Request("Billing", "7", Publications.Pact("Billing", "Users")));

        var (_, all) = await broker.GetAsync("/pacts/latest");
        var (_, forProvider) = await broker.GetAsync("/pacts/provider/Users/latest");

        var pacts = all!["pacts"]!.AsArray();
        Assert.Equal(["Billing:7", "Orders:1.0.1"], pacts.Select(p =>
            $"{p!["_embedded"]!["consumer"]!["name"]}:{p["_embedded"]!["consumer"]!["_embedded"]!["version"]!["number"]}"));
        Assert.All(pacts, p => Assert.Equal("Users", p!["_embedded"]!["provider"]!["name"]!.GetValue<string>()));
        Assert.All(pacts, p => Assert.NotNull(p!["createdAt"]));
        Assert.Equal(2, pacts[0]!["_links"]!["self"]!.AsArray().Count);
        Assert.Equal(2, all["_links"]!["pb:pacts"]!.AsArray().Count);
        Assert.Equal(["Billing", "Orders"], forProvider!["_links"]!["pb:pacts"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
    }
}
