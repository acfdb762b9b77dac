using System.Net;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Events;
using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ContractTesting.Broker.Tests.Webhooks;

/// <summary>Publishing triggers webhooks: which ones, with which values, and only for work that was committed.</summary>
public sealed class WebhookEventListenerTests
{
    private const string Template = """
        {"pactUrl":"${pactbroker.pactUrl}","consumer":"${pactbroker.consumerName}","provider":"${pactbroker.providerName}",
         "version":"${pactbroker.consumerVersionNumber}","branch":"${pactbroker.consumerVersionBranch}","tags":"${pactbroker.consumerVersionTags}",
         "event":"${pactbroker.eventName}","build":"${pactbroker.buildUrl}","github":"${pactbroker.githubVerificationStatus}",
         "verification":"${pactbroker.verificationResultUrl}","unknown":"${pactbroker.nothing}"}
        """;

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_ContentChanged_SendsTheRenderedRequestOnceAndReportsIt(BrokerDatabaseProvider store)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure());
        await broker.PublishAsync(Publications.Request("Orders", "0.9.0", Publications.Pact("Orders", "Users", "old")));
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/hook?consumer=${pactbroker.consumerName}"), body: JsonNode.Parse(Template),
            description: "build Users", headers: new JsonObject { ["X-Event"] = "${pactbroker.eventName}" }));

        var (_, published) = await broker.PublishAsync(Publications.Request(
            "Orders", "1.0.0", Publications.Pact("Orders", "Users"), branch: "feat/x", tags: ["dev", "qa"], buildUrl: "https://ci/builds/7"));
        var requests = await receiver.WaitForAsync(1);
        var triggered = await broker.FinishedAsync("Users", "Orders", "1.0.0");

        var request = Assert.Single(requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/hook?consumer=Orders", request.PathAndQuery);
        Assert.Equal("contract_content_changed", request.Header("X-Event"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        var body = JsonNode.Parse(request.Body)!;
        Assert.StartsWith($"{broker.Base}/pacts/provider/Users/consumer/Orders/pact-version/", body["pactUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("/metadata/", body["pactUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Orders", body["consumer"]!.GetValue<string>());
        Assert.Equal("Users", body["provider"]!.GetValue<string>());
        Assert.Equal("1.0.0", body["version"]!.GetValue<string>());
        Assert.Equal("feat/x", body["branch"]!.GetValue<string>());
        Assert.Equal("dev, qa", body["tags"]!.GetValue<string>());
        Assert.Equal("contract_content_changed", body["event"]!.GetValue<string>());
        Assert.Equal("https://ci/builds/7", body["build"]!.GetValue<string>());
        Assert.Equal("pending", body["github"]!.GetValue<string>());
        Assert.Equal("", body["verification"]!.GetValue<string>());
        Assert.Equal("${pactbroker.nothing}", body["unknown"]!.GetValue<string>());
        Assert.Equal("success", triggered[0]!["status"]!.GetValue<string>());
        Assert.Equal(1, triggered[0]!["attemptsMade"]!.GetValue<int>());
        Assert.Equal(0, triggered[0]!["attemptsRemaining"]!.GetValue<int>());
        Assert.Equal("contract_content_changed", triggered[0]!["eventName"]!.GetValue<string>());
        Assert.Equal("POST 127.0.0.1", triggered[0]!["name"]!.GetValue<string>());
        var notice = Assert.Single(Publications.NoticeTexts(published), t => t.Contains("triggered for event", StringComparison.Ordinal));
        Assert.StartsWith("  Webhook \"build Users\" triggered for event contract_content_changed.\n    View logs at ", notice, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_OnlyMatchingEnabledWebhooksForTheEvent_AreTriggered(BrokerDatabaseProvider store)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure());
        await broker.PublishAsync(Publications.Request("Web", "1", Publications.Pact("Web", "Users")));
        await broker.PublishAsync(Publications.Request("Orders", "0.1", Publications.Pact("Orders", "Billing")));
        await broker.ExecuteAsync("INSERT INTO labels (pacticipant_id, name, created_at, updated_at) SELECT id, 'team-a', created_at, created_at FROM pacticipants WHERE name = 'Orders'");
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/other-consumer"), consumer: "Web"));
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/disabled"), enabled: false));
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/verifications"), events: ["provider_verification_published"]));
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/published"), events: ["contract_published"], provider: "Users"));
        var labelled = WebhookBodies.Webhook(receiver.Url("/label"), events: ["contract_published"]);
        labelled["consumer"] = new JsonObject { ["label"] = "team-a" };
        await broker.CreateAsync(labelled);

        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));
        var triggered = await broker.FinishedAsync("Users", "Orders", "1.0.0", count: 2);

        Assert.Equal(["/label", "/published"], receiver.Requests.Select(r => r.PathAndQuery).Order(StringComparer.Ordinal));
        Assert.All(triggered, t => Assert.Equal("contract_published", t!["eventName"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_RolledBackAfterTriggering_SendsNothingForIt(BrokerDatabaseProvider store)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure());
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/hook"), body: JsonNode.Parse("""{"v":"${pactbroker.consumerVersionNumber}"}""")));
        // The first pact (with Users) is stored and triggers the webhook; the second (with Billing) fails, so all of it rolls back.
        await broker.ExecuteAsync(store == BrokerDatabaseProvider.PostgreSql
            ? """
              CREATE FUNCTION refuse_billing() RETURNS trigger AS $$ BEGIN
                IF NEW.provider_id = (SELECT id FROM pacticipants WHERE name = 'Billing') THEN RAISE EXCEPTION 'planted fault'; END IF;
                RETURN NEW; END $$ LANGUAGE plpgsql;
              CREATE TRIGGER refuse_billing BEFORE INSERT ON pact_publications FOR EACH ROW EXECUTE FUNCTION refuse_billing();
              """
            : """
              CREATE TRIGGER refuse_billing BEFORE INSERT ON pact_publications
              WHEN NEW.provider_id = (SELECT id FROM pacticipants WHERE name = 'Billing') BEGIN SELECT RAISE(ABORT, 'planted fault'); END;
              """);
        var twoPacts = Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users"));
        var second = Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Billing"))["contracts"]![0]!.DeepClone();
        twoPacts["contracts"]!.AsArray().Add(second);

        var (failed, _) = await broker.PublishAsync(twoPacts);
        var pendingAfterFailure = await broker.ScalarAsync("SELECT COUNT(*) FROM triggered_webhooks");
        await broker.ExecuteAsync("DROP TRIGGER refuse_billing" + (store == BrokerDatabaseProvider.PostgreSql ? " ON pact_publications" : ""));
        await broker.PublishAsync(Publications.Request("Orders", "2.0.0", Publications.Pact("Orders", "Users")));
        await broker.FinishedAsync("Users", "Orders", "2.0.0");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(0, pendingAfterFailure);
        var request = Assert.Single(receiver.Requests);
        Assert.Equal("2.0.0", JsonNode.Parse(request.Body)!["v"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_RequiringVerification_TriggersOncePerProviderVersionThatShouldVerify(BrokerDatabaseProvider store)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure());
        await broker.SendAsync(HttpMethod.Patch, "/pacticipants/Users", """{"mainBranch":"main"}""", "application/merge-patch+json");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Users/branches/main/versions/2.0.0", "{}");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Users/branches/release/versions/1.5.0", "{}");
        await EnvironmentRows.DeployAsync(broker, "Users", "1.5.0", "production");
        await EnvironmentRows.DeployAsync(broker, "Users", "2.0.0", "test");
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/verify"), events: ["contract_requiring_verification_published"],
            body: JsonNode.Parse("""{"number":"${pactbroker.providerVersionNumber}","branch":"${pactbroker.providerVersionBranch}","why":"${pactbroker.providerVersionDescriptions}"}""")));

        var (_, published) = await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));
        await broker.FinishedAsync("Users", "Orders", "1.0.0", count: 2);

        var bodies = receiver.Requests.Select(r => JsonNode.Parse(r.Body)!).OrderBy(b => b["number"]!.GetValue<string>(), StringComparer.Ordinal).ToList();
        Assert.Equal(2, bodies.Count);
        Assert.Equal("1.5.0", bodies[0]["number"]!.GetValue<string>());
        Assert.Equal("release", bodies[0]["branch"]!.GetValue<string>());
        Assert.Equal("deployed in production", bodies[0]["why"]!.GetValue<string>());
        Assert.Equal("2.0.0", bodies[1]["number"]!.GetValue<string>());
        Assert.Equal("main", bodies[1]["branch"]!.GetValue<string>());
        Assert.Equal("latest from main branch, deployed in test", bodies[1]["why"]!.GetValue<string>());
        Assert.Contains(Publications.NoticeTexts(published), t => t.Contains("contract_requiring_verification_published", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_NoProviderVersionToVerify_RaisesNoRequiringVerificationEvent(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure());
        await broker.CreateAsync(WebhookBodies.Webhook("http://127.0.0.1:9/never", events: ["contract_requiring_verification_published"]));

        var (_, published) = await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));

        Assert.DoesNotContain(Publications.NoticeTexts(published), t => t.Contains("contract_requiring_verification_published", StringComparison.Ordinal));
        Assert.Contains("  No enabled webhooks found for the detected events", Publications.NoticeTexts(published));
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM triggered_webhooks"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task VerificationEvents_RaisedForAPublishedResult_SendTheResultsValues(BrokerDatabaseProvider store)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure());
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users"), branch: "main"));
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Users/branches/main/versions/2.0.0", "{}");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Users/versions/2.0.0/tags/prod", "{}");
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/status"), events: ["provider_verification_succeeded", "provider_verification_failed"],
            body: JsonNode.Parse("""
                {"state":"${pactbroker.githubVerificationStatus}","url":"${pactbroker.verificationResultUrl}","version":"${pactbroker.providerVersionNumber}",
                 "branch":"${pactbroker.providerVersionBranch}","tags":"${pactbroker.providerVersionTags}","build":"${pactbroker.buildUrl}",
                 "commit":"${pactbroker.consumerVersionNumber}","event":"${pactbroker.eventName}"}
                """)));
        var verificationId = await VerificationRows.AddAsync(broker, "Orders", "1.0.0", "Users", "2.0.0", success: false);

        await RaiseVerificationEventsAsync(broker, verificationId, success: false);
        var request = Assert.Single(await receiver.WaitForAsync(1));
        var (_, triggered) = await broker.GetAsync($"/pacts/provider/Users/consumer/Orders/pact-version/{await ShaAsync(broker)}/verification-results/1/triggered-webhooks");

        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("failure", body["state"]!.GetValue<string>());
        Assert.Equal("https://broker.example/pacts/provider/Users/consumer/Orders/pact-version/x/verification-results/1", body["url"]!.GetValue<string>());
        Assert.Equal("2.0.0", body["version"]!.GetValue<string>());
        Assert.Equal("main", body["branch"]!.GetValue<string>());
        Assert.Equal("prod", body["tags"]!.GetValue<string>());
        Assert.Equal("https://ci/verify/1", body["build"]!.GetValue<string>());
        Assert.Equal("1.0.0", body["commit"]!.GetValue<string>());
        Assert.Equal("provider_verification_failed", body["event"]!.GetValue<string>());
        Assert.Equal("provider_verification_failed", triggered!["_embedded"]!["triggeredWebhooks"]![0]!["eventName"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_ContentVerifiedOnTheMainBranch_ReportsThatVerification(BrokerDatabaseProvider store)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var broker = await TestBroker.StartAsync(store, LoopbackWebhooks.Configure());
        await broker.SendAsync(HttpMethod.Patch, "/pacticipants/Users", """{"mainBranch":"main"}""", "application/merge-patch+json");
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Users/branches/feature/versions/3.0.0", "{}");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Users/branches/main/versions/2.0.0", "{}");
        await VerificationRows.AddAsync(broker, "Orders", "1.0.0", "Users", "2.0.0", success: true);
        await VerificationRows.AddAsync(broker, "Orders", "1.0.0", "Users", "3.0.0", success: false);
        await broker.CreateAsync(WebhookBodies.Webhook(receiver.Url("/status"), events: ["contract_published"], body: JsonNode.Parse(
            """{"state":"${pactbroker.githubVerificationStatus}","by":"${pactbroker.providerVersionNumber}","branch":"${pactbroker.providerVersionBranch}"}""")));

        await broker.PublishAsync(Publications.Request("Orders", "1.0.1", Publications.Pact("Orders", "Users")));
        var body = JsonNode.Parse(Assert.Single(await receiver.WaitForAsync(1)).Body)!;

        Assert.Equal("success", body["state"]!.GetValue<string>());
        Assert.Equal("2.0.0", body["by"]!.GetValue<string>());
        Assert.Equal("main", body["branch"]!.GetValue<string>());
    }

    // What the verification results endpoint (another feature) does after storing a result: raise the events in its transaction.
    private static async Task RaiseVerificationEventsAsync(TestBroker broker, long verificationId, bool success)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = broker.Services.CreateAsyncScope();
        var http = new DefaultHttpContext();
        http.Request.Scheme = "http";
        http.Request.Host = new HostString(broker.BaseAddress.Authority);
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = http;
        var session = scope.ServiceProvider.GetRequiredService<BrokerSession>();
        session.Write = true;
        var ids = await session.QuerySingleAsync<PactIds>(
            """
            SELECT pp.consumer_id, pp.provider_id, pp.consumer_version_id, pp.id AS publication_id, pv.sha
            FROM pact_publications pp JOIN pact_versions pv ON pv.id = pp.pact_version_id
            """, null, ct);
        var context = new ContractEventContext(ids.ConsumerId, "Orders", ids.ProviderId, "Users", ids.ConsumerVersionId, "1.0.0", "main", [],
            ids.PublicationId, ids.Sha, "unused", null);
        var result = new VerificationEventContext(verificationId, success, 0, "2.0.0", ["main"], ["prod"],
            "https://broker.example/pacts/provider/Users/consumer/Orders/pact-version/x/verification-results/1", "https://ci/verify/1");
        var outcome = success ? BrokerEvent.ProviderVerificationSucceeded : BrokerEvent.ProviderVerificationFailed;
        await scope.ServiceProvider.GetRequiredService<BrokerEvents>().RaiseAsync(
            [new BrokerEvent(BrokerEvent.ProviderVerificationPublished, null, context, result), new BrokerEvent(outcome, null, context, result)], ct);
        await session.CommitAsync(ct);
    }

    private static async Task<string> ShaAsync(TestBroker broker)
    {
        var (_, pact) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.0.0");
        return pact!["_links"]!["pb:pact-version"]!["href"]!.GetValue<string>().Split('/')[^1];
    }

    private sealed class PactIds
    {
        public long ConsumerId { get; init; }

        public long ProviderId { get; init; }

        public long ConsumerVersionId { get; init; }

        public long PublicationId { get; init; }

        public string Sha { get; init; } = "";
    }
}
