using System.Net;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Webhooks;

public sealed class WebhookExecutionEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Execute_SavedWebhook_SendsWithTheLatestPactAndShowsTheOutcome(BrokerDatabaseProvider store)
    {
        await using var receiver = await WebhookReceiver.StartAsync(answer: _ => (202, """{"queued":true}"""));
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure());
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users"), tags: ["dev"]));
        var uuid = await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/hook"), provider: "Users", password: "pw", username: "ci",
            body: JsonNode.Parse("""{"v":"${pactbroker.consumerVersionNumber}","e":"${pactbroker.eventName}","t":"${pactbroker.consumerVersionTags}"}""")));

        var (response, body) = await broker.SendAsync(HttpMethod.Post, $"/webhooks/{uuid}/execute");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body!["success"]!.GetValue<bool>());
        Assert.Equal(202, body["response"]!["status"]!.GetValue<int>());
        Assert.True(body["response"]!["body"]!["queued"]!.GetValue<bool>());
        Assert.Equal(receiver.Url("/hook"), body["request"]!["url"]!.GetValue<string>());
        Assert.Equal("**********", body["request"]!["headers"]!["Authorization"]!.GetValue<string>());
        Assert.Equal("1.0.0", body["request"]!["body"]!["v"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/webhooks/{uuid}", body["_links"]!["webhook"]!["href"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/webhooks/{uuid}/execute", body["_links"]!["try-again"]!["href"]!.GetValue<string>());
        var sent = JsonNode.Parse(Assert.Single(receiver.Requests).Body)!;
        Assert.Equal("test", sent["e"]!.GetValue<string>());
        Assert.Equal("dev", sent["t"]!.GetValue<string>());
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM triggered_webhooks"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Execute_UnsavedWebhookWithNoPacts_UsesPlaceholdersAndReportsFailure(BrokerDatabaseProvider store)
    {
        await using var receiver = await WebhookReceiver.StartAsync(answer: _ => (404, "no such job"));
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure());
        var webhook = WebhookBodies.Webhook(receiver.Url("/hook"), events: ["provider_verification_published"],
            body: JsonNode.Parse("""{"c":"${pactbroker.consumerName}","p":"${pactbroker.providerVersionNumber}","s":"${pactbroker.githubVerificationStatus}"}"""));

        var (response, body) = await broker.SendAsync(HttpMethod.Post, "/webhooks/execute", webhook.ToJsonString());
        var (missing, _) = await broker.SendAsync(HttpMethod.Post, "/webhooks/abcdefghijklmnopqrstuv/execute");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body!["success"]!.GetValue<bool>());
        Assert.Equal(404, body["response"]!["status"]!.GetValue<int>());
        Assert.Contains("Webhook execution failed", body["logs"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["_links"]!["webhook"]);
        var sent = JsonNode.Parse(Assert.Single(receiver.Requests).Body)!;
        Assert.Equal("placeholder-consumer", sent["c"]!.GetValue<string>());
        Assert.Equal("aaaabbbbccccddddeeeeffff1111222233334444", sent["p"]!.GetValue<string>());
        Assert.Equal("success", sent["s"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM webhooks"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Execute_NothingListening_ReportsTheConnectionError(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure());
        int port;
        await using (var gone = await WebhookReceiver.StartAsync())
        {
            port = gone.Address.Port;
        }

        var uuid = await broker.CreateAsync(WebhookBodies.Webhook($"http://127.0.0.1:{port}/hook"));

        var (_, body) = await broker.SendAsync(HttpMethod.Post, $"/webhooks/{uuid}/execute");

        Assert.False(body!["success"]!.GetValue<bool>());
        Assert.NotNull(body["error"]!["message"]!.GetValue<string>());
        Assert.Null(body["response"]);
        Assert.Contains($"ERROR: Error executing webhook {uuid}", body["logs"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
