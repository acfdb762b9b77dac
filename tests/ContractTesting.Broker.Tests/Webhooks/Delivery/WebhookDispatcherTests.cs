using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Webhooks.Delivery;

/// <summary>The background sender: retries with back-off, gives up after the planned attempts, keeps logs, survives a restart.</summary>
public sealed class WebhookDispatcherTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Deliver_FailingTwice_RetriesUntilSuccessAndLogsEachAttempt(BrokerDatabaseProvider store)
    {
        await using var receiver = await WebhookReceiver.StartAsync(answer: n => n < 2 ? (500, "not yet") : (200, "built"));
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure(0.02, 0.05, 0.05));
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/hook")));

        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));
        var triggered = (await broker.FinishedAsync("Users", "Orders", "1.0.0"))[0]!;
        var logs = await broker.LogsAsync(triggered);

        Assert.Equal("success", triggered["status"]!.GetValue<string>());
        Assert.Equal(3, triggered["attemptsMade"]!.GetValue<int>());
        Assert.Equal(3, receiver.Requests.Count);
        var executions = logs["executions"]!.AsArray();
        Assert.Equal([false, false, true], executions.Select(e => e!["success"]!.GetValue<bool>()));
        Assert.Contains("INFO: Retrying webhook in 0.02 seconds", executions[0]!["logs"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("INFO: Retrying webhook in 0.05 seconds", executions[1]!["logs"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("INFO: HTTP/1.1 500 Internal Server Error", executions[0]!["logs"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("INFO: built", executions[2]!["logs"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("INFO: Successfully executed webhook", executions[2]!["logs"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Orders", logs["consumerName"]!.GetValue<string>());
        Assert.Equal("contract_content_changed", logs["eventName"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Deliver_AlwaysFailing_GivesUpAfterThePlannedAttempts(BrokerDatabaseProvider store)
    {
        await using var receiver = await WebhookReceiver.StartAsync(answer: _ => (503, "down"));
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure(0.01, 0.01));
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/hook")));

        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));
        var triggered = (await broker.FinishedAsync("Users", "Orders", "1.0.0"))[0]!;
        var logs = await broker.LogsAsync(triggered);

        Assert.Equal("failure", triggered["status"]!.GetValue<string>());
        Assert.Equal(3, triggered["attemptsMade"]!.GetValue<int>());
        Assert.Equal(0, triggered["attemptsRemaining"]!.GetValue<int>());
        Assert.Equal(3, receiver.Requests.Count);
        Assert.Contains("Webhook execution failed after 3 attempts", logs["executions"]![2]!["logs"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(3, await broker.ScalarAsync("SELECT COUNT(*) FROM webhook_executions"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Deliver_WithCredentials_SendsThemAndMasksThemInTheLogs(BrokerDatabaseProvider store)
    {
        // The receiver echoes the token back, so the response body holds it too.
        await using var receiver = await WebhookReceiver.StartAsync(answer: _ => (200, "echo: s3cret-token"));
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure());
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/hook"), username: "bob", password: "pa55word",
            headers: new JsonObject { ["X-Api-Token"] = "s3cret-token" }, body: JsonNode.Parse("""{"note":"pa55word in the body"}""")));

        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));
        var triggered = (await broker.FinishedAsync("Users", "Orders", "1.0.0"))[0]!;
        var logs = (await broker.LogsAsync(triggered))["executions"]![0]!["logs"]!.GetValue<string>();

        var request = Assert.Single(receiver.Requests);
        Assert.Equal("Basic Ym9iOnBhNTV3b3Jk", request.Header("Authorization"));
        Assert.Equal("s3cret-token", request.Header("X-Api-Token"));
        Assert.Contains("Authorization: **********", logs, StringComparison.Ordinal);
        Assert.Contains("X-Api-Token: **********", logs, StringComparison.Ordinal);
        Assert.Contains("echo: **********", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("pa55word", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-token", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("Ym9iOnBhNTV3b3Jk", logs, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Deliver_NoHostAllowList_LeavesTheResponseOutOfTheLogs(BrokerDatabaseProvider store)
    {
        await using var receiver = await WebhookReceiver.StartAsync(answer: _ => (200, "internal details"));
        await using var broker = await TestBroker.StartAsync(store, o => o with { Webhooks = LoopbackWebhooks.Options() with { AllowedHosts = [] } });
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/hook")));

        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));
        var triggered = (await broker.FinishedAsync("Users", "Orders", "1.0.0"))[0]!;
        var logs = (await broker.LogsAsync(triggered))["executions"]![0]!["logs"]!.GetValue<string>();

        Assert.Equal("success", triggered["status"]!.GetValue<string>());
        Assert.Contains($"INFO: HTTP/1.1 POST {receiver.Url("/hook")}", logs, StringComparison.Ordinal);
        Assert.Contains("the response details are not logged", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("internal details", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP/1.1 200", logs, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Deliver_WebhookDeletedBeforeItsTurn_FailsWithoutSending(BrokerDatabaseProvider store)
    {
        await using var receiver = await WebhookReceiver.StartAsync(answer: _ => (500, "no"));
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure(600));
        var uuid = await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/hook")));
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));
        await Eventually.ReadAsync(() => broker.TriggeredAsync("Users", "Orders", "1.0.0"),
            list => list.Count == 1 && list[0]!["status"]!.GetValue<string>() == "retrying", "the first attempt to fail");

        await broker.SendAsync(HttpMethod.Delete, $"/webhooks/{uuid}");
        await broker.ExecuteAsync("UPDATE triggered_webhooks SET next_attempt_at = created_at");
        var triggered = (await broker.FinishedAsync("Users", "Orders", "1.0.0"))[0]!;
        var logs = (await broker.LogsAsync(triggered))["executions"]![1]!["logs"]!.GetValue<string>();

        Assert.Equal("failure", triggered["status"]!.GetValue<string>());
        Assert.Null(triggered["_links"]!["pb:webhook"]);
        Assert.Single(receiver.Requests);
        Assert.Contains($"Webhook {uuid} was deleted after it was triggered; nothing was sent.", logs, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Restart_DeliveryInFlightWhenStopped_IsSentByTheNextBroker(BrokerDatabaseProvider store)
    {
        var firstArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var neverAnswered = new TaskCompletionSource();
        await using var receiver = await WebhookReceiver.StartAsync(hold: n =>
        {
            if (n == 0)
            {
                firstArrived.TrySetResult();
                return neverAnswered.Task;
            }

            return Task.CompletedTask;
        });
        await using var database = await TestDatabase.CreateAsync(store, TestContext.Current.CancellationToken);
        var options = database.Options with { Webhooks = LoopbackWebhooks.Options() };
        var ct = TestContext.Current.CancellationToken;

        await using (var first = await BrokerApp.StartAsync(options, cancellationToken: ct))
        {
            using var client = new HttpClient { BaseAddress = first.BaseAddress };
            using var create = new StringContent(WebhookBodies.Webhook(receiver.Url("/hook")).ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            (await client.PostAsync("/webhooks", create, ct)).EnsureSuccessStatusCode();
            using var publish = new StringContent(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")).ToJsonString(),
                System.Text.Encoding.UTF8, "application/json");
            (await client.PostAsync("/contracts/publish", publish, ct)).EnsureSuccessStatusCode();
            await firstArrived.Task.WaitAsync(Eventually.Deadline, ct);
        }

        await using var second = await BrokerApp.StartAsync(options, cancellationToken: ct);
        using var secondClient = new HttpClient { BaseAddress = second.BaseAddress };
        var status = await Eventually.ReadAsync(
            async () => JsonNode.Parse(await secondClient.GetStringAsync("/pacts/provider/Users/consumer/Orders/version/1.0.0/triggered-webhooks", ct))!
                ["_embedded"]!["triggeredWebhooks"]![0]!["status"]!.GetValue<string>(),
            s => s == "success", "the delivery to succeed after the restart");

        Assert.Equal("success", status);
        Assert.Equal(2, receiver.Requests.Count);
        Assert.Equal(receiver.Requests[0].Body, receiver.Requests[1].Body);
    }
}
