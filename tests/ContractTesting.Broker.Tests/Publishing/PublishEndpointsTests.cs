using System.Net;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Publishing;

public sealed class PublishEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_NewVersionWithBranchAndTags_CreatesEverythingAndSaysSo(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var pact = Publications.Pact("Orders", "Users");

        var (response, body) = await broker.PublishAsync(Publications.Request("Orders", "1.0.0", pact, branch: "feat/x", tags: ["dev", "ci"], buildUrl: "http://ci/1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/hal+json", response.Content.Headers.ContentType?.MediaType);
        var notices = Publications.NoticeTexts(body);
        Assert.Contains("Created Orders version 1.0.0 with branch feat/x and tags dev, ci", notices);
        Assert.Contains("Pact successfully published for Orders version 1.0.0 and provider Users.", notices);
        Assert.Contains($"  View the published pact at {broker.Base}/pacts/provider/Users/consumer/Orders/version/1.0.0", notices);
        Assert.Contains(notices, n => n.StartsWith("  Events detected: contract_published, contract_content_changed (first time", StringComparison.Ordinal));
        Assert.Equal("Orders", body!["_embedded"]!["pacticipant"]!["name"]!.GetValue<string>());
        Assert.Equal("1.0.0", body["_embedded"]!["version"]!["number"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/pacticipants/Orders/versions/1.0.0", body["_links"]!["pb:pacticipant-version"]!["href"]!.GetValue<string>());
        Assert.Equal(["dev", "ci"], body["_links"]!["pb:pacticipant-version-tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal("Pact between Orders (1.0.0) and Users", body["_links"]!["pb:contracts"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(notices.Count, body["logs"]!.AsArray().Count);

        var (_, version) = await broker.GetAsync("/pacticipants/Orders/versions/1.0.0");
        Assert.Equal("http://ci/1", version!["buildUrl"]!.GetValue<string>());
        Assert.Equal("feat/x", version["_embedded"]!["branchVersions"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(["dev", "ci"], version["_embedded"]!["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM integrations"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_SameContentAgain_AddsNoRevisionAndSaysNoContentChanges(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var pact = Publications.Pact("Orders", "Users", "first", "second");
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", pact));
        var reordered = Publications.Pact("Orders", "Users", "second", "first");
        reordered["metadata"]!["pactRust"] = new JsonObject { ["models"] = "1.2.3" };

        var (response, body) = await broker.PublishAsync(Publications.Request("Orders", "1.0.0", reordered));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var notices = Publications.NoticeTexts(body);
        Assert.Contains("Updated Orders version 1.0.0", notices);
        Assert.Contains("Pact successfully republished for Orders version 1.0.0 and provider Users with no content changes.", notices);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM pact_publications"));
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM pact_versions"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_ChangedContentForSameVersion_Is409AndChangesNothing(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users", "first")));

        var (response, body) = await broker.PublishAsync(
            Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users", "first", "another"), tags: ["late"]));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = body!["errors"]!["contracts"]![0]!.GetValue<string>();
        Assert.StartsWith("Cannot change the content of the pact for Orders version 1.0.0 and provider Users, as race conditions", error, StringComparison.Ordinal);
        var notices = body["notices"]!.AsArray();
        Assert.Equal("error", notices[0]!["type"]!.GetValue<string>());
        Assert.Equal("info", notices[1]!["type"]!.GetValue<string>());
        Assert.Contains("+ added interaction 'another' (given 'user 42 exists')", notices[1]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM pact_publications"));
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM tags"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_ChangedContentWhenModificationIsAllowed_AddsRevisionWithWarning(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store, options => options with { AllowContractModification = true });
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users", "first")));

        var (response, body) = await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users", "changed")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(body!["notices"]!.AsArray(), n => n!["type"]!.GetValue<string>() == "warning"
            && n["text"]!.GetValue<string>().StartsWith("Pact with changed content published over existing content for Orders version 1.0.0", StringComparison.Ordinal));
        Assert.Equal(2, await broker.ScalarAsync("SELECT MAX(revision_number) FROM pact_publications"));
        var (_, pact) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.0.0");
        Assert.Equal("changed", pact!["interactions"]![0]!["description"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_MergeWithNewInteraction_KeepsBothInteractions(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users", "first")));

        var (response, body) = await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users", "second"), onConflict: "merge"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Pact content merged with existing content for Orders version 1.0.0 and provider Users.", Publications.NoticeTexts(body));
        var (_, pact) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.0.0");
        Assert.Equal(["first", "second"], pact!["interactions"]!.AsArray().Select(i => i!["description"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_MergeWithSameInteractionChanged_Is409(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users", "first")));
        var changed = Publications.Pact("Orders", "Users", "first");
        changed["interactions"]![0]!["response"]!["status"] = 201;

        var (response, body) = await broker.PublishAsync(Publications.Request("Orders", "1.0.0", changed, onConflict: "merge"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("'first' (given 'user 42 exists')", body!["errors"]!["contracts"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM pact_publications"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_NextVersionWithSameContent_SharesThePactVersion(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.PublishAsync(Publications.Request("Orders", "1.0.0", Publications.Pact("Orders", "Users")));

        var (_, body) = await broker.PublishAsync(Publications.Request("Orders", "1.0.1", Publications.Pact("Orders", "Users")));

        Assert.Contains("  Events detected: contract_published", Publications.NoticeTexts(body));
        Assert.Equal(2, await broker.ScalarAsync("SELECT COUNT(*) FROM pact_publications"));
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM pact_versions"));
    }
}
