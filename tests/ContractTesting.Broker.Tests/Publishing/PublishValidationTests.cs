using System.Net;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Publishing;

/// <summary>A client's mistakes in a publication: always a 4xx with the errors the CLI prints, and nothing stored.</summary>
public sealed class PublishValidationTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_MalformedJson_Is400SayingWhere(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var (response, body) = await broker.SendAsync(HttpMethod.Post, "/contracts/publish", "{\"pacticipantName\": \"Orders\",\n \"x\": }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = body!["errors"]!["body"]![0]!.GetValue<string>();
        Assert.StartsWith("The request body is not valid JSON:", error, StringComparison.Ordinal);
        Assert.Contains("line 2", error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_MissingFields_Is400ListingEachField(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var (response, body) = await broker.SendAsync(HttpMethod.Post, "/contracts/publish", """{"contracts": [{"content": "e30="}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = body!["errors"]!;
        Assert.Equal("is missing", errors["pacticipantName"]![0]!.GetValue<string>());
        Assert.Equal("is missing", errors["pacticipantVersionNumber"]![0]!.GetValue<string>());
        Assert.Equal(
            ["consumerName is missing (at index 0)", "providerName is missing (at index 0)", "contentType is missing (at index 0)", "specification is missing (at index 0)"],
            errors["contracts"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM pacticipants"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_InvalidBase64_Is400(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var request = Publications.Request("Orders", "1", Publications.Pact("Orders", "Users"));
        request["contracts"]![0]!["content"] = "not base64!";

        var (response, body) = await broker.PublishAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("content is not valid Base64 (at index 0)", body!["errors"]!["contracts"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_ContentThatIsNotAValidPact_Is400WithThePactReadersMessage(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var pact = Publications.Pact("Orders", "Users");
        pact["interactions"]![0]!["request"]!["method"] = 1;

        var (response, body) = await broker.PublishAsync(Publications.Request("Orders", "1", pact));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = body!["errors"]!["contracts"]![0]!.GetValue<string>();
        Assert.StartsWith("Invalid pact at $.interactions[0].request.method:", error, StringComparison.Ordinal);
        Assert.EndsWith("(at index 0)", error, StringComparison.Ordinal);
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM versions"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_ConsumerNamesThatDisagree_Is400(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var request = Publications.Request("Orders", "1", Publications.Pact("Someone", "Users"));

        var (response, body) = await broker.PublishAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            "consumer name in contract content ('Someone') must match consumerName in contract params ('Orders') (at index 0)",
            body!["errors"]!["contracts"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_BodyOverTheLimit_Is413WithJsonError(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store, options => options with { MaxRequestBodyBytes = 4096 });
        var pact = Publications.Pact("Orders", "Users", [.. Enumerable.Range(0, 60).Select(i => $"interaction {i}")]);

        var (response, body) = await broker.PublishAsync(Publications.Request("Orders", "1", pact));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("4096 bytes", body!["errors"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_NotJson_Is415(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var (response, body) = await broker.SendAsync(HttpMethod.Post, "/contracts/publish", "pacticipantName=Orders", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("text/plain", body!["errors"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_RepeatedKey_Is400NamingTheKey()
    {
        await using var broker = await TestBroker.StartAsync(BrokerDatabaseProvider.Sqlite);

        var (response, body) = await broker.SendAsync(HttpMethod.Post, "/contracts/publish",
            """{"pacticipantName": "Orders", "pacticipantName": "Other", "pacticipantVersionNumber": "1", "contracts": []}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("pacticipantName", body!["errors"]!["body"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_TagThatIsBlank_Is400ForThatTag()
    {
        await using var broker = await TestBroker.StartAsync(BrokerDatabaseProvider.Sqlite);
        var request = Publications.Request("Orders", "1", Publications.Pact("Orders", "Users"), tags: ["ok", " "]);

        var (response, body) = await broker.PublishAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("cannot be blank", body!["errors"]!["tags[1]"]![0]!.GetValue<string>());
        Assert.IsType<JsonObject>(body["errors"]);
    }
}
