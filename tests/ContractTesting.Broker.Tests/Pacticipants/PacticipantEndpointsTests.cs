using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Pacticipants;

public sealed class PacticipantEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Patch_UnknownPacticipant_CreatesItWith201(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var (response, body) = await broker.SendAsync(HttpMethod.Patch, "/pacticipants/Order%20Service",
            """{"name": "Order Service", "mainBranch": "main", "repositoryUrl": "https://git/orders"}""", "application/merge-patch+json");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"{broker.Base}/pacticipants/Order%20Service", response.Headers.Location?.AbsoluteUri);
        Assert.Equal("main", body!["mainBranch"]!.GetValue<string>());
        Assert.Equal("Order Service", body["displayName"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/pacticipants/Order%20Service/versions/{{version}}", body["_links"]!["pb:version"]!["href"]!.GetValue<string>());
        Assert.True(body["_links"]!["pb:version"]!["templated"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Patch_ExistingPacticipant_ChangesOnlyTheGivenProperties(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.SendAsync(HttpMethod.Post, "/pacticipants", """{"name": "Orders", "mainBranch": "main", "repositoryUrl": "https://git/orders"}""");

        var (response, body) = await broker.SendAsync(HttpMethod.Patch, "/pacticipants/Orders", """{"displayName": "The Orders"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The Orders", body!["displayName"]!.GetValue<string>());
        Assert.Equal("main", body["mainBranch"]!.GetValue<string>());
        Assert.Equal("https://git/orders", body["repositoryUrl"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Put_ExistingPacticipant_ReplacesItsProperties(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.SendAsync(HttpMethod.Post, "/pacticipants", """{"name": "Orders", "mainBranch": "main", "repositoryUrl": "https://git/orders"}""");

        var (response, body) = await broker.SendAsync(HttpMethod.Put, "/pacticipants/Orders", """{"mainBranch": "trunk"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("trunk", body!["mainBranch"]!.GetValue<string>());
        Assert.Null(body["repositoryUrl"]);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Put_UnknownPacticipant_Is404(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var (response, body) = await broker.SendAsync(HttpMethod.Put, "/pacticipants/Nobody", "{}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("No pacticipant with name 'Nobody' found", body!["errors"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task List_AfterPublish_HasEmbeddedAndTopLevelPacticipantsWithLatestVersion(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));
        await broker.PublishAsync(Publications.Request("Orders", "1.0.1", Publications.Pact("Orders", "Users")));

        var (response, body) = await broker.GetAsync("/pacticipants");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Orders", "Users"], body!["pacticipants"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal(["Orders", "Users"], body["_embedded"]!["pacticipants"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.All(body["pacticipants"]!.AsArray(), p => Assert.NotNull(p!["displayName"]));
        Assert.Equal("1.0.1", body["_embedded"]!["pacticipants"]![0]!["_embedded"]!["latestVersion"]!["number"]!.GetValue<string>());
        Assert.Equal(2, body["_links"]!["pb:pacticipants"]!.AsArray().Count);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_WithoutName_Is400(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var (response, body) = await broker.SendAsync(HttpMethod.Post, "/pacticipants", """{"displayName": "x"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("is missing", body!["errors"]!["name"]![0]!.GetValue<string>());
    }
}
