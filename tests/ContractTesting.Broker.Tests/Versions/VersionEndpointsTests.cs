using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Versions;

public sealed class VersionEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Put_NewVersion_CreatesPacticipantAndVersionWith201ThenAnswers200(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var (created, body) = await broker.SendAsync(HttpMethod.Put, "/pacticipants/Foo%20Web/versions/1.0.0", """{"buildUrl": "http://ci/7"}""");
        var (again, _) = await broker.SendAsync(HttpMethod.Put, "/pacticipants/Foo%20Web/versions/1.0.0", "{}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("1.0.0", body!["number"]!.GetValue<string>());
        Assert.Equal("http://ci/7", body["buildUrl"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/pacticipants/Foo%20Web", body["_links"]!["pb:pacticipant"]!["href"]!.GetValue<string>());
        Assert.IsType<System.Text.Json.Nodes.JsonArray>(body["_links"]!["pb:record-deployment"]);
        Assert.IsType<System.Text.Json.Nodes.JsonArray>(body["_links"]!["pb:record-release"]);
        var (_, pacticipant) = await broker.GetAsync("/pacticipants/Foo%20Web");
        Assert.Equal("Foo Web", pacticipant!["name"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_UnknownVersion_Is404WithJsonErrors(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var (response, body) = await broker.GetAsync("/pacticipants/Orders/versions/9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("No version '9' of pacticipant 'Orders' found", body!["errors"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task LatestVersion_WithAndWithoutTag_IsTheNewestByCreationNotBySemver(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Orders/versions/2.0.0/tags/prod", "{}");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Orders/versions/1.5.0", "{}");

        var (_, latest) = await broker.GetAsync("/pacticipants/Orders/latest-version");
        var (_, latestProd) = await broker.GetAsync("/pacticipants/Orders/latest-version/prod");
        var (missing, _) = await broker.GetAsync("/pacticipants/Orders/latest-version/nope");

        Assert.Equal("1.5.0", latest!["number"]!.GetValue<string>());
        Assert.Equal("2.0.0", latestProd!["number"]!.GetValue<string>());
        Assert.Equal("prod", latestProd["_embedded"]!["tags"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task List_Versions_NewestFirstAndPaged(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        foreach (var number in new[] { "1", "2", "3" })
        {
            await broker.SendAsync(HttpMethod.Put, $"/pacticipants/Orders/versions/{number}", "{}");
        }

        var (_, all) = await broker.GetAsync("/pacticipants/Orders/versions");
        var (_, page) = await broker.GetAsync("/pacticipants/Orders/versions?size=2&page=2");

        Assert.Equal(["3", "2", "1"], all!["_embedded"]!["versions"]!.AsArray().Select(v => v!["number"]!.GetValue<string>()));
        Assert.Equal(["1"], page!["_embedded"]!["versions"]!.AsArray().Select(v => v!["number"]!.GetValue<string>()));
        var (bad, error) = await broker.GetAsync("/pacticipants/Orders/versions?size=many");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("must be a whole number of 1 or more (it is 'many')", error!["errors"]!["size"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_PublishedVersion_LinksItsPacts(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));

        var (_, body) = await broker.GetAsync("/pacticipants/Orders/versions/1.0.0");

        var pact = body!["_links"]!["pb:pact-versions"]![0]!;
        Assert.Equal($"{broker.Base}/pacts/provider/Users/consumer/Orders/version/1.0.0", pact["href"]!.GetValue<string>());
        Assert.Equal("Pact between Orders (1.0.0) and Users", pact["name"]!.GetValue<string>());
    }
}
