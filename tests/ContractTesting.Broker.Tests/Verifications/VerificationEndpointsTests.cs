using System.Net;
using ContractTesting.Broker.Events;
using ContractTesting.Broker.Pacts;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Verifications;

public sealed class VerificationEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_ResultToThePactsLink_Is201WithLocationAndCreatesTheProviderVersion(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await VerificationSetup.PublishAsync(broker, "Orders", "1.0.0", Publications.Pact("Orders", "Users"));
        var (_, pact) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.0.0");
        var result = VerificationSetup.Result("2.0.0", success: false);
        result["buildUrl"] = "http://ci.example/builds/7";

        var (response, body) = await VerificationSetup.PostAsync(broker, pact!["_links"]!["pb:publish-verification-results"]!["href"]!.GetValue<string>(), result);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var sha = pact["_links"]!["pb:pact-version"]!["name"]!.GetValue<string>();
        var self = $"{broker.Base}/pacts/provider/Users/consumer/Orders/pact-version/{sha}/verification-results/1";
        Assert.Equal(self, response.Headers.Location!.ToString());
        Assert.Equal(self, body!["_links"]!["self"]!["href"]!.GetValue<string>());
        Assert.Equal("Verification result 1 for Pact between Orders (1.0.0) and Users", body["_links"]!["self"]!["name"]!.GetValue<string>());
        Assert.Equal("Users", body["providerName"]!.GetValue<string>());
        Assert.Equal("2.0.0", body["providerApplicationVersion"]!.GetValue<string>());
        Assert.False(body["success"]!.GetValue<bool>());
        Assert.Equal("http://ci.example/builds/7", body["buildUrl"]!.GetValue<string>());
        Assert.Equal("abc", body["testResults"]![0]!["interactionId"]!.GetValue<string>());
        Assert.Equal("Pact-Rust", body["verifiedBy"]!["implementation"]!.GetValue<string>());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$", body["verificationDate"]!.GetValue<string>());
        var (providerVersion, _) = await broker.GetAsync("/pacticipants/Users/versions/2.0.0");
        Assert.Equal(HttpStatusCode.OK, providerVersion.StatusCode);
        var (read, again) = await broker.GetAsync(new Uri(self).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(body.ToJsonString(), again!.ToJsonString());
        var (_, latest) = await broker.GetAsync(new Uri(pact["_links"]!["pb:latest-verification-results"]!["href"]!.GetValue<string>()).PathAndQuery);
        Assert.Equal(body.ToJsonString(), latest!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_InvalidResults_AreRefusedSayingWhatIsWrongAndStoreNothing(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var sha = await VerificationSetup.PublishAsync(broker, "Orders", "1.0.0", Publications.Pact("Orders", "Users"));
        var path = $"/pacts/provider/Users/consumer/Orders/pact-version/{sha}/verification-results";

        var (missing, missingBody) = await broker.SendAsync(HttpMethod.Post, path, "{}");
        var (wrong, wrongBody) = await broker.SendAsync(HttpMethod.Post, path,
            """{"success": "yes", "providerApplicationVersion": "  ", "buildUrl": "not a url", "verifiedBy": "me"}""");
        var (text, _) = await broker.SendAsync(HttpMethod.Post, path, """{"success": true, "providerApplicationVersion": "1"}""", "text/plain");
        var (unknown, unknownBody) = await broker.SendAsync(HttpMethod.Post,
            $"/pacts/provider/Users/consumer/Orders/pact-version/{new string('a', 40)}/verification-results", """{"success": true, "providerApplicationVersion": "1"}""");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("is missing", missingBody!["errors"]!["success"]![0]!.GetValue<string>());
        Assert.Equal("is missing", missingBody["errors"]!["providerApplicationVersion"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("must be a boolean", wrongBody!["errors"]!["success"]![0]!.GetValue<string>());
        Assert.Equal("cannot be blank", wrongBody["errors"]!["providerApplicationVersion"]![0]!.GetValue<string>());
        Assert.Equal("Invalid URL 'not a url'. Expected format: http://example.org", wrongBody["errors"]!["buildUrl"]![0]!.GetValue<string>());
        Assert.Equal("must be an object", wrongBody["errors"]!["verifiedBy"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("with content SHA", unknownBody!["errors"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM verifications"));
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM versions"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_SeveralResults_NumbersThemAndKeepsTheLatestPerProviderVersion(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var sha = await VerificationSetup.PublishAsync(broker, "Orders", "1.0.0", Publications.Pact("Orders", "Users"));

        await VerificationSetup.VerifyAsync(broker, "Users", "Orders", sha, "2.0.0", success: false);
        await VerificationSetup.VerifyAsync(broker, "Users", "Orders", sha, "2.0.1", success: true);
        var third = await VerificationSetup.VerifyAsync(broker, "Users", "Orders", sha, "2.0.0", success: true);
        var (_, latest) = await broker.GetAsync($"/pacts/provider/Users/consumer/Orders/pact-version/{sha}/verification-results/latest");

        Assert.EndsWith("/verification-results/3", third["_links"]!["self"]!["href"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(third.ToJsonString(), latest!.ToJsonString());
        Assert.Equal(2, await broker.ScalarAsync("SELECT COUNT(*) FROM latest_verification_id_for_pact_version_and_provider_version"));
        Assert.Equal(2, await broker.ScalarAsync(
            """
            SELECT v.number FROM latest_verification_id_for_pact_version_and_provider_version l
            JOIN verifications v ON v.id = l.verification_id JOIN versions pv ON pv.id = l.provider_version_id WHERE pv.number = '2.0.1'
            """));
        Assert.Equal(3, await broker.ScalarAsync(
            """
            SELECT v.number FROM latest_verification_id_for_pact_version_and_provider_version l
            JOIN verifications v ON v.id = l.verification_id JOIN versions pv ON pv.id = l.provider_version_id WHERE pv.number = '2.0.0'
            """));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Latest_ForConsumerVersions_SharesTheResultOfIdenticalContent(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var sha = await VerificationSetup.PublishAsync(broker, "Orders", "1.0.0", Publications.Pact("Orders", "Users"));
        await VerificationSetup.PublishAsync(broker, "Orders", "1.0.1", Publications.Pact("Orders", "Users"));
        await VerificationSetup.PublishAsync(broker, "Orders", "1.1.0", Publications.Pact("Orders", "Users", "a changed request"));
        await VerificationSetup.VerifyAsync(broker, "Users", "Orders", sha, "2.0.0", success: true);

        var (first, _) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.0.0/verification-results/latest");
        var (second, body) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.0.1/verification-results/latest");
        var (changed, _) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.1.0/verification-results/latest");
        var (latestPact, _) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/latest/verification-results/latest");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("2.0.0", body!["providerApplicationVersion"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, changed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, latestPact.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_ToMetadataLink_RecordsPendingWipAndSelectorsAndRaisesEvents(BrokerDatabaseProvider store)
    {
        var recorded = new RecordedEvents();
        await using var broker = await TestBroker.StartAsync(store, services: recorded.Register);
        await VerificationSetup.PublishAsync(broker, "Orders", "1.0.0", Publications.Pact("Orders", "Users"), branch: "main");
        var sha = await VerificationSetup.PublishAsync(broker, "Orders", "1.0.1", Publications.Pact("Orders", "Users"), branch: "main");
        var consumerVersionId = await broker.ScalarAsync("SELECT id FROM versions WHERE number = '1.0.0'");
        var metadata = new PactMetadata([new PactMetadata.Selector(consumerVersionId, "main", null, true, null)], true, false, null).Encode();

        var (response, body) = await VerificationSetup.PostAsync(broker,
            $"/pacts/provider/Users/consumer/Orders/pact-version/{sha}/metadata/{metadata}/verification-results", VerificationSetup.Result("2.0.0", true));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Verification result 1 for Pact between Orders (1.0.0) and Users", body!["_links"]!["self"]!["name"]!.GetValue<string>());
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM verifications WHERE pact_pending = TRUE AND wip = FALSE"));
        Assert.Equal(1, await broker.ScalarAsync(
            """SELECT COUNT(*) FROM verifications WHERE consumer_version_selector_hashes = '[{"branch":"main","latest":true,"consumerVersionNumber":"1.0.0"}]'"""));
        var verificationEvents = recorded.All.Where(e => e.Verification is not null).ToList();
        Assert.Equal([BrokerEvent.ProviderVerificationPublished, BrokerEvent.ProviderVerificationSucceeded], verificationEvents.Select(e => e.Name));
        Assert.All(verificationEvents, e => Assert.Equal("1.0.0", e.Context.ConsumerVersionNumber));
        Assert.All(verificationEvents, e => Assert.Equal("2.0.0", e.Verification!.ProviderVersionNumber));
        Assert.EndsWith("/verification-results/1", verificationEvents[0].Verification!.VerificationResultUrl, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_FailedResult_RaisesTheFailedEvent(BrokerDatabaseProvider store)
    {
        var recorded = new RecordedEvents();
        await using var broker = await TestBroker.StartAsync(store, services: recorded.Register);
        var sha = await VerificationSetup.PublishAsync(broker, "Orders", "1.0.0", Publications.Pact("Orders", "Users"));

        await VerificationSetup.VerifyAsync(broker, "Users", "Orders", sha, "2.0.0", success: false, branch: "feat/x", tags: ["dev"]);

        var events = recorded.All.Where(e => e.Verification is not null).ToList();
        Assert.Equal([BrokerEvent.ProviderVerificationPublished, BrokerEvent.ProviderVerificationFailed], events.Select(e => e.Name));
        Assert.Equal(["feat/x"], events[1].Verification!.ProviderVersionBranches);
        Assert.Equal(["dev"], events[1].Verification!.ProviderVersionTags);
        Assert.False(events[1].Verification!.Success);
    }
}
