using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;
using ContractTesting.TestSupport;

namespace ContractTesting.Broker.Tests.Interop;

/// <summary>The official CLI's webhook commands against this broker: create, create-or-update, test; and the webhook firing on publish.</summary>
public sealed class PactCliWebhookTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task CreateWebhook_WithOfficialCli_IsStoredTestedAndFiredOnPublish(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure());
        var ct = TestContext.Current.CancellationToken;
        var pactFile = Path.Combine(RepositoryLayout.Pacts, "OrderService-UserService.json");
        string[] b = ["-b", broker.Base, "--retries", "1"];
        var first = await ReferencePactCli.RunAsync(["broker", "publish", pactFile, "-a", "1.0.0", "--branch", "main", .. b], Timeout, ct);

        var create = await ReferencePactCli.RunAsync(
            ["broker", "create-webhook", receiver.Url("/build?commit=${pactbroker.consumerVersionNumber}"), "-X", "POST",
             "-H", "Content-Type: application/json", "X-Api-Token: t0ken", "-d", """{"pact":"${pactbroker.pactUrl}","event":"${pactbroker.eventName}"}""",
             "--user", "ci:secret", "--consumer", "OrderService", "--provider", "UserService", "--description", "verify UserService",
             "--contract-published", .. b], Timeout, ct);
        var uuid = JsonNode.Parse(create.Output)!["uuid"]!.GetValue<string>();
        var test = await ReferencePactCli.RunAsync(["broker", "test-webhook", "--uuid", uuid, .. b], Timeout, ct);
        var second = await ReferencePactCli.RunAsync(["broker", "publish", pactFile, "-a", "2.0.0", "--branch", "main", .. b], Timeout, ct);
        var requests = await receiver.WaitForAsync(2);
        var (_, stored) = await broker.GetAsync($"/webhooks/{uuid}");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(create.ExitCode == 0, create.ToString());
        Assert.Equal("verify UserService", stored!["description"]!.GetValue<string>());
        Assert.Equal("**********", stored["request"]!["password"]!.GetValue<string>());
        Assert.Equal("**********", stored["request"]!["headers"]!["X-Api-Token"]!.GetValue<string>());
        Assert.True(test.ExitCode == 0, test.ToString());
        Assert.Contains("\"success\":true", test.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Webhook \"verify UserService\" triggered for event contract_published.", second.Output, StringComparison.Ordinal);
        Assert.Equal("/build?commit=1.0.0", requests[0].PathAndQuery);
        Assert.Equal("test", JsonNode.Parse(requests[0].Body)!["event"]!.GetValue<string>());
        Assert.Equal("/build?commit=2.0.0", requests[1].PathAndQuery);
        Assert.Equal("contract_published", JsonNode.Parse(requests[1].Body)!["event"]!.GetValue<string>());
        Assert.Equal("Basic Y2k6c2VjcmV0", requests[1].Header("Authorization"));
        Assert.Equal("t0ken", requests[1].Header("X-Api-Token"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task CreateOrUpdateWebhook_WithUuid_CreatesThenReplaces(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        var ct = TestContext.Current.CancellationToken;
        string[] command = ["broker", "create-or-update-webhook", "https://ci.example/build", "--uuid", "0123456789abcdefghij", "-b", broker.Base, "--retries", "1"];

        var created = await ReferencePactCli.RunAsync([.. command, "--contract-content-changed"], Timeout, ct);
        var replaced = await ReferencePactCli.RunAsync([.. command, "--provider-verification-failed", "-d", "text body"], Timeout, ct);
        var (_, stored) = await broker.GetAsync("/webhooks/0123456789abcdefghij");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.True(replaced.ExitCode == 0, replaced.ToString());
        Assert.Equal("provider_verification_failed", Assert.Single(stored!["events"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.Equal("text body", stored["request"]!["body"]!.GetValue<string>());
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM webhooks"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task CreateWebhook_Refused_ExitsOneAndPrintsTheProblem(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);

        var result = await ReferencePactCli.RunAsync(
            ["broker", "create-webhook", "http://ci.example/build", "--contract-published", "-b", broker.Base, "--retries", "1"], Timeout,
            TestContext.Current.CancellationToken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("scheme must be https", result.Output + result.Error, StringComparison.Ordinal);
    }
}
