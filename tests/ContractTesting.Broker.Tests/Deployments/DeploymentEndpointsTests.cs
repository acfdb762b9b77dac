using System.Net;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Deployments;

public sealed class DeploymentEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Version_RecordDeploymentLinks_AreOnePerEnvironmentAndRecordADeployment(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod", production: true);
        await EnvironmentSetup.CreateAsync(broker, "test");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Orders/versions/1.0.0", "{}");

        var (_, version) = await broker.GetAsync("/pacticipants/Orders/versions/1.0.0");
        var links = version!["_links"]!["pb:record-deployment"]!.AsArray();
        var toProd = links.Single(l => l!["name"]!.GetValue<string>() == "prod")!;
        var (response, deployment) = await broker.SendAsync(HttpMethod.Post, new Uri(toProd["href"]!.GetValue<string>()).PathAndQuery, "{}");

        Assert.Equal(2, links.Count);
        Assert.Equal(2, version["_links"]!["pb:record-release"]!.AsArray().Count);
        Assert.Equal("Record deployment to Prod", toProd["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(deployment!["currentlyDeployed"]!.GetValue<bool>());
        Assert.Null(deployment["applicationInstance"]);
        Assert.Equal("Orders", deployment["_embedded"]!["pacticipant"]!["name"]!.GetValue<string>());
        Assert.Equal("1.0.0", deployment["_embedded"]!["version"]!["number"]!.GetValue<string>());
        Assert.Equal(prod, deployment["_embedded"]!["environment"]!["uuid"]!.GetValue<string>());
        Assert.Equal(response.Headers.Location!.ToString(), deployment["_links"]!["self"]!["href"]!.GetValue<string>());
        var (_, after) = await broker.GetAsync("/pacticipants/Orders/versions/1.0.0");
        Assert.True(after!["_links"]!["pb:deployed-environments"]![0]!["currentlyDeployed"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Record_SameVersionAgain_ReturnsTheCurrentDeployment(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod");

        var first = await EnvironmentSetup.DeployAsync(broker, "Orders", "1.0.0", prod);
        var second = await EnvironmentSetup.DeployAsync(broker, "Orders", "1.0.0", prod);

        Assert.Equal(first["uuid"]!.GetValue<string>(), second["uuid"]!.GetValue<string>());
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM deployed_versions"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Record_NewVersion_UndeploysThePreviousOneOfTheSameInstanceOnly(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod");
        var test = await EnvironmentSetup.CreateAsync(broker, "test");
        var plain = await EnvironmentSetup.DeployAsync(broker, "Orders", "1.0.0", prod);
        var blue = await EnvironmentSetup.DeployAsync(broker, "Orders", "1.0.0", prod, instance: "blue");
        var inTest = await EnvironmentSetup.DeployAsync(broker, "Orders", "1.0.0", test);
        var other = await EnvironmentSetup.DeployAsync(broker, "Users", "7", prod);

        var replacement = await EnvironmentSetup.DeployAsync(broker, "Orders", "2.0.0", prod);

        Assert.False(await IsCurrentAsync(broker, plain));
        Assert.NotNull((await broker.GetAsync(Path(plain))).Body!["undeployedAt"]);
        Assert.True(await IsCurrentAsync(broker, blue));
        Assert.True(await IsCurrentAsync(broker, inTest));
        Assert.True(await IsCurrentAsync(broker, other));
        Assert.True(await IsCurrentAsync(broker, replacement));
        Assert.Equal("blue", blue["applicationInstance"]!.GetValue<string>());
        Assert.Equal("blue", blue["target"]!.GetValue<string>());
        Assert.Equal(4, await broker.ScalarAsync("SELECT COUNT(*) FROM currently_deployed_version_ids"));
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM deployed_versions WHERE undeployed_at IS NOT NULL"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task CurrentlyDeployed_FiltersByPacticipantAndInstanceAndEmbedsPacticipantAndVersion(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod");
        await EnvironmentSetup.DeployAsync(broker, "Orders", "1.0.0", prod);
        await EnvironmentSetup.DeployAsync(broker, "Orders", "1.1.0", prod, instance: "blue");
        await EnvironmentSetup.DeployAsync(broker, "Users", "7", prod);

        var all = await NumbersAsync(broker, $"/environments/{prod}/deployed-versions/currently-deployed");
        var orders = await NumbersAsync(broker, $"/environments/{prod}/deployed-versions/currently-deployed?pacticipant=Orders");
        var blue = await NumbersAsync(broker, $"/environments/{prod}/deployed-versions/currently-deployed?pacticipant=Orders&applicationInstance=blue");
        var noInstance = await NumbersAsync(broker, $"/environments/{prod}/deployed-versions/currently-deployed?pacticipant=Orders&applicationInstance=");
        var (unknown, _) = await broker.GetAsync("/environments/nope/deployed-versions/currently-deployed");

        Assert.Equal(["Users 7", "Orders 1.1.0", "Orders 1.0.0"], all);
        Assert.Equal(["Orders 1.1.0", "Orders 1.0.0"], orders);
        Assert.Equal(["Orders 1.1.0"], blue);
        Assert.Equal(["Orders 1.0.0"], noInstance);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Patch_CurrentlyDeployedFalse_UndeploysAndCannotBeUndone(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod");
        var deployment = await EnvironmentSetup.DeployAsync(broker, "Orders", "1.0.0", prod);
        var self = deployment["_links"]!["self"]!["href"]!.GetValue<string>();

        var (patched, body) = await EnvironmentSetup.PatchAsync(broker, self, """{"currentlyDeployed": false}""");
        var (back, backBody) = await EnvironmentSetup.PatchAsync(broker, self, """{"currentlyDeployed": true}""");
        var current = await NumbersAsync(broker, $"/environments/{prod}/deployed-versions/currently-deployed");
        var (missing, _) = await EnvironmentSetup.PatchAsync(broker, $"{broker.Base}/deployed-versions/nope", """{"currentlyDeployed": false}""");

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.False(body!["currentlyDeployed"]!.GetValue<bool>());
        Assert.NotNull(body["undeployedAt"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, back.StatusCode);
        Assert.Contains("cannot be set back to true", backBody!["errors"]!["currentlyDeployed"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(current);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM currently_deployed_version_ids"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Record_UnknownVersionOrEnvironmentOrBadInstance_IsRefused(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Orders/versions/1.0.0", "{}");

        var (noVersion, _) = await broker.SendAsync(HttpMethod.Post, $"/pacticipants/Orders/versions/9/deployed-versions/environment/{prod}", "{}");
        var (noEnvironment, _) = await broker.SendAsync(HttpMethod.Post, "/pacticipants/Orders/versions/1.0.0/deployed-versions/environment/nope", "{}");
        var (badInstance, body) = await broker.SendAsync(HttpMethod.Post, $"/pacticipants/Orders/versions/1.0.0/deployed-versions/environment/{prod}", """{"applicationInstance": 5}""");

        Assert.Equal(HttpStatusCode.NotFound, noVersion.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noEnvironment.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badInstance.StatusCode);
        Assert.Equal("must be a string", body!["errors"]!["applicationInstance"]![0]!.GetValue<string>());
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM deployed_versions"));
    }

    private static string Path(JsonNode deployment) => new Uri(deployment["_links"]!["self"]!["href"]!.GetValue<string>()).PathAndQuery;

    private static async Task<bool> IsCurrentAsync(TestBroker broker, JsonNode deployment) =>
        (await broker.GetAsync(Path(deployment))).Body!["currentlyDeployed"]!.GetValue<bool>();

    private static async Task<List<string>> NumbersAsync(TestBroker broker, string path)
    {
        var (response, body) = await broker.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body!["_embedded"]!["deployedVersions"]!.AsArray()
            .Select(d => $"{d!["_embedded"]!["pacticipant"]!["name"]!.GetValue<string>()} {d["_embedded"]!["version"]!["number"]!.GetValue<string>()}")
            .ToList();
    }
}
