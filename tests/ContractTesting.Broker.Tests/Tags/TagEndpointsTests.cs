using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Tags;

public sealed class TagEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Put_NewTag_CreatesVersionOnDemandWith201ThenAnswers200(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var (created, body) = await broker.SendAsync(HttpMethod.Put, "/pacticipants/Orders/versions/1.0.0/tags/prod", """{"name": "prod"}""");
        var (again, _) = await broker.SendAsync(HttpMethod.Put, "/pacticipants/Orders/versions/1.0.0/tags/prod", """{"name": "prod"}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{broker.Base}/pacticipants/Orders/versions/1.0.0/tags/prod", created.Headers.Location?.AbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("prod", body!["name"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/pacticipants/Orders/versions/1.0.0", body["_links"]!["version"]!["href"]!.GetValue<string>());
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM tags"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Delete_Tag_RemovesItAndThen404s(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Orders/versions/1.0.0/tags/release/1", "{}");

        var (deleted, _) = await broker.SendAsync(HttpMethod.Delete, "/pacticipants/Orders/versions/1.0.0/tags/release%2F1");
        var (gone, _) = await broker.GetAsync("/pacticipants/Orders/versions/1.0.0/tags/release/1");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }
}
