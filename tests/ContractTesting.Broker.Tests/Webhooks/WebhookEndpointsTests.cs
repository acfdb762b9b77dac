using System.Net;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Webhooks;

public sealed class WebhookEndpointsTests
{
    // What `pact broker create-webhook` posts (captured): both sides on the path, events, headers, a JSON body and credentials.
    private const string CliBody = """
        {"description":"trigger build","events":[{"name":"contract_content_changed"},{"name":"provider_verification_published"}],
         "request":{"body":{"a":"${pactbroker.pactUrl}"},"headers":{"Authorization":"Bearer s3cret","Content-Type":"application/json"},
                    "method":"POST","password":"pw","url":"https://ci.example/build","username":"bob"}}
        """;

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_CliBodyOnIntegrationPath_Creates201WithSecretsMasked(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Foo", "1", Publications.Pact("Foo", "Bar")));

        var (created, body) = await broker.SendAsync(HttpMethod.Post, "/webhooks/provider/Bar/consumer/Foo", CliBody);
        var uuid = body!["uuid"]!.GetValue<string>();
        var (_, read) = await broker.GetAsync($"/webhooks/{uuid}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"{broker.Base}/webhooks/{uuid}", created.Headers.Location?.AbsoluteUri);
        Assert.Matches("^[A-Za-z0-9_-]{16,}$", uuid);
        Assert.Equal("trigger build", read!["description"]!.GetValue<string>());
        Assert.Equal("Foo", read["consumer"]!["name"]!.GetValue<string>());
        Assert.Equal("Bar", read["provider"]!["name"]!.GetValue<string>());
        Assert.True(read["enabled"]!.GetValue<bool>());
        Assert.Equal("**********", read["request"]!["password"]!.GetValue<string>());
        Assert.Equal("**********", read["request"]!["headers"]!["Authorization"]!.GetValue<string>());
        Assert.Equal("application/json", read["request"]!["headers"]!["Content-Type"]!.GetValue<string>());
        Assert.Equal("${pactbroker.pactUrl}", read["request"]!["body"]!["a"]!.GetValue<string>());
        Assert.Equal(["contract_content_changed", "provider_verification_published"], read["events"]!.AsArray().Select(e => e!["name"]!.GetValue<string>()));
        Assert.Equal($"{broker.Base}/webhooks/{uuid}/execute", read["_links"]!["pb:execute"]!["href"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/pacticipants/Foo", read["_links"]!["pb:consumer"]!["href"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/webhooks/provider/Bar/consumer/Foo", read["_links"]!["pb:pact-webhooks"]!["href"]!.GetValue<string>());
        Assert.DoesNotContain("s3cret", read.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_NoMethodNoEventsNoScope_DefaultsToPostOnContentChangesForAllPacts(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        // The CLI sends "method": null and no events key when -X and event flags are left out.
        var (created, body) = await broker.SendAsync(HttpMethod.Post, "/webhooks",
            """{"request":{"body":null,"headers":{},"method":null,"url":"https://ci.example/build"}}""");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("POST", body!["request"]!["method"]!.GetValue<string>());
        Assert.Equal("POST ci.example", body["description"]!.GetValue<string>());
        Assert.Equal("contract_content_changed", body["events"]![0]!["name"]!.GetValue<string>());
        Assert.Null(body["consumer"]);
        Assert.False(body["request"]!.AsObject().ContainsKey("body"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_InvalidWebhook_400NamesEachProblemAndStoresNothing(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var (response, body) = await broker.SendAsync(HttpMethod.Post, "/webhooks", """
            {"consumer":{"name":"Nobody"},"provider":{"name":"X","label":"y"},"events":[{"name":"sometimes"}],"enabled":"yes",
             "request":{"method":"FETCH","url":"https://${pactbroker.consumerName}.example/x"}}
            """);
        var (noRequest, missing) = await broker.SendAsync(HttpMethod.Post, "/webhooks", """{"events":[]}""");
        var (badUrl, url) = await broker.SendAsync(HttpMethod.Post, "/webhooks", """{"request":{"method":"POST","url":"not a url"}}""");
        var (http, scheme) = await broker.SendAsync(HttpMethod.Post, "/webhooks", """{"request":{"method":"PUT","url":"http://ci.example"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = body!["errors"]!;
        Assert.Equal("does not match an existing pacticipant", errors["consumer.name"]![0]!.GetValue<string>());
        Assert.Equal("name and label cannot be provided at the same time", errors["provider.label"]![0]!.GetValue<string>());
        Assert.StartsWith("name must be one of contract_published", errors["events"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("must be a boolean", errors["enabled"]![0]!.GetValue<string>());
        Assert.Equal("is not a recognised HTTP method", errors["request.method"]![0]!.GetValue<string>());
        Assert.Equal("cannot have a template parameter in the host", errors["request.url"]![0]!.GetValue<string>());
        Assert.Equal("is missing", missing!["errors"]!["request"]![0]!.GetValue<string>());
        Assert.Equal("size cannot be less than 1", missing["errors"]!["events"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, noRequest.StatusCode);
        Assert.Equal("is not a valid URL eg. http://example.org", url!["errors"]!["request.url"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, badUrl.StatusCode);
        Assert.Equal("must be POST. See /doc/webhooks#whitelist for more information.", scheme!["errors"]!["request.method"]![0]!.GetValue<string>());
        Assert.Equal("scheme must be https. See /doc/webhooks#whitelist for more information.", scheme["errors"]!["request.url"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, http.StatusCode);
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM webhooks"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_HostOutsideAllowList_400NamesTheList(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store, o => o with { Webhooks = new BrokerWebhookOptions { AllowedHosts = ["*.example.com", "10.0.0.0/8"] } });

        var (refused, body) = await broker.SendAsync(HttpMethod.Post, "/webhooks", """{"request":{"method":"POST","url":"https://example.org/x"}}""");
        var (wildcard, _) = await broker.SendAsync(HttpMethod.Post, "/webhooks", """{"request":{"method":"POST","url":"https://ci.example.com/x"}}""");
        var (range, _) = await broker.SendAsync(HttpMethod.Post, "/webhooks", """{"request":{"method":"POST","url":"https://10.1.2.3/x"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("host must be in the whitelist \"*.example.com\", \"10.0.0.0/8\". See /doc/webhooks#whitelist for more information.",
            body!["errors"]!["request.url"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, wildcard.StatusCode);
        Assert.Equal(HttpStatusCode.Created, range.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task GetScoped_ListsOnlyWebhooksOfThatScope(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Foo", "1", Publications.Pact("Foo", "Bar")));
        var both = await broker.CreateAsync(WebhookBodies.Webhook("https://ci.example/1", consumer: "Foo", provider: "Bar"));
        var providerOnly = await broker.CreateAsync(WebhookBodies.Webhook("https://ci.example/2", provider: "Bar"));
        var global = await broker.CreateAsync(WebhookBodies.Webhook("https://ci.example/3", description: "everything"));

        var (_, all) = await broker.GetAsync("/webhooks");
        var (_, integration) = await broker.GetAsync("/pacts/provider/Bar/consumer/Foo/webhooks");
        var (_, provider) = await broker.GetAsync("/webhooks/provider/Bar");
        var (missing, _) = await broker.GetAsync("/webhooks/consumer/Nobody");

        Assert.Equal([both, providerOnly, global], Uuids(all!));
        Assert.Equal([both], Uuids(integration!));
        Assert.Equal([providerOnly], Uuids(provider!));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var links = all!["_links"]!["pb:webhooks"]!.AsArray();
        Assert.Equal("A webhook for the pact between Foo and Bar", links[0]!["title"]!.GetValue<string>());
        Assert.Equal("A webhook for all pacts with provider Bar", links[1]!["title"]!.GetValue<string>());
        Assert.Equal("everything", links[2]!["name"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/webhooks", all["_links"]!["pb:create"]!["href"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Put_NewThenMaskedSecrets_CreatesThenUpdatesKeepingStoredSecrets(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var original = WebhookBodies.Webhook("https://ci.example/build", headers: new JsonObject { ["X-Token"] = "t0ken" }, username: "bob", password: "pw");

        var (created, _) = await broker.SendAsync(HttpMethod.Put, "/webhooks/1234567890abcdefgh", original.ToJsonString());
        var (_, shown) = await broker.GetAsync("/webhooks/1234567890abcdefgh");
        var readBack = shown!.AsObject();
        readBack["description"] = "renamed";
        var (updated, body) = await broker.SendAsync(HttpMethod.Put, "/webhooks/1234567890abcdefgh", readBack.ToJsonString());
        var (badUuid, invalid) = await broker.SendAsync(HttpMethod.Put, "/webhooks/short", original.ToJsonString());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("renamed", body!["description"]!.GetValue<string>());
        Assert.NotNull(body["updatedAt"]);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM webhooks WHERE password = 'pw' AND headers LIKE '%t0ken%'"));
        Assert.Equal(HttpStatusCode.BadRequest, badUuid.StatusCode);
        Assert.StartsWith("The UUID can only contain", invalid!["errors"]!["uuid"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Delete_Webhook_204ThenGone(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var uuid = await broker.CreateAsync(WebhookBodies.Webhook("https://ci.example/build"));

        var (deleted, _) = await broker.SendAsync(HttpMethod.Delete, $"/webhooks/{uuid}");
        var (gone, body) = await broker.GetAsync($"/webhooks/{uuid}");
        var (again, _) = await broker.SendAsync(HttpMethod.Delete, $"/webhooks/{uuid}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal($"No webhook with uuid '{uuid}' found", body!["errors"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM webhook_events"));
    }

    private static List<string> Uuids(JsonNode list) =>
        [.. list["_links"]!["pb:webhooks"]!.AsArray().Select(l => l!["href"]!.GetValue<string>().Split('/')[^1])];
}
