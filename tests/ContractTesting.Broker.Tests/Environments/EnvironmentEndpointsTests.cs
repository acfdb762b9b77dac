using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Environments;

public sealed class EnvironmentEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_NewEnvironment_Is201WithGeneratedDisplayNameAndTheLinksTheCliReads(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        const string Body = """{"name": "staging-eu", "production": false, "contacts": [{"name": "Team A", "details": {"emailAddress": "a@example.com"}}]}""";

        var (response, body) = await broker.SendAsync(HttpMethod.Post, "/environments", Body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var uuid = body!["uuid"]!.GetValue<string>();
        Assert.Equal($"{broker.Base}/environments/{uuid}", response.Headers.Location!.ToString());
        Assert.Equal("Staging Eu", body["displayName"]!.GetValue<string>());
        Assert.False(body["production"]!.GetValue<bool>());
        Assert.Equal("a@example.com", body["contacts"]![0]!["details"]!["emailAddress"]!.GetValue<string>());
        var links = body["_links"]!;
        Assert.Equal($"{broker.Base}/environments/{uuid}/deployed-versions/currently-deployed", links["pb:currently-deployed-deployed-versions"]!["href"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/environments/{uuid}/released-versions/currently-supported", links["pb:currently-supported-released-versions"]!["href"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/environments", links["pb:environments"]!["href"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Post_InvalidEnvironments_Are400SayingWhatIsWrong(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await EnvironmentSetup.CreateAsync(broker, "prod", production: true);

        var (duplicate, duplicateBody) = await broker.SendAsync(HttpMethod.Post, "/environments", """{"name": "prod", "production": true}""");
        var (spaces, spacesBody) = await broker.SendAsync(HttpMethod.Post, "/environments", """{"name": "my env", "production": "yes"}""");
        var (missing, missingBody) = await broker.SendAsync(HttpMethod.Post, "/environments", """{"contacts": [{"details": {}}]}""");

        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Equal("name 'prod' is already used by an existing environment.", duplicateBody!["errors"]!["name"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, spaces.StatusCode);
        Assert.Equal("cannot contain spaces", spacesBody!["errors"]!["name"]![0]!.GetValue<string>());
        Assert.Equal("must be a boolean", spacesBody["errors"]!["production"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("is missing", missingBody!["errors"]!["name"]![0]!.GetValue<string>());
        Assert.Equal("is missing", missingBody["errors"]!["production"]![0]!.GetValue<string>());
        Assert.Equal("name is missing (at index 0)", missingBody["errors"]!["contacts"]![0]!.GetValue<string>());
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM environments"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task List_AllOrByName_EmbedsEnvironmentsWithUuidsAndDisplayNames(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var test = await EnvironmentSetup.CreateAsync(broker, "test");
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod", production: true);

        var (_, all) = await broker.GetAsync("/environments");
        var (_, byName) = await broker.GetAsync("/environments?name=prod");
        var (_, none) = await broker.GetAsync("/environments?name=nope");

        var listed = all!["_embedded"]!["environments"]!.AsArray();
        Assert.Equal([prod, test], listed.Select(e => e!["uuid"]!.GetValue<string>()));
        Assert.Equal(["Prod", "Test"], listed.Select(e => e!["displayName"]!.GetValue<string>()));
        Assert.Equal(2, all["_links"]!["pb:environments"]!.AsArray().Count);
        Assert.Equal(prod, byName!["_embedded"]!["environments"]![0]!["uuid"]!.GetValue<string>());
        Assert.Single(byName["_embedded"]!["environments"]!.AsArray());
        Assert.Empty(none!["_embedded"]!["environments"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Put_ExistingEnvironment_ReplacesEveryPropertyAndKeepsTheUuid(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var uuid = await EnvironmentSetup.CreateAsync(broker, "test");
        await EnvironmentSetup.CreateAsync(broker, "prod");

        var (replaced, body) = await broker.SendAsync(HttpMethod.Put, $"/environments/{uuid}", """{"name": "qa", "displayName": "Quality", "production": true}""");
        var (sameName, _) = await broker.SendAsync(HttpMethod.Put, $"/environments/{uuid}", """{"name": "qa", "production": false}""");
        var (clash, clashBody) = await broker.SendAsync(HttpMethod.Put, $"/environments/{uuid}", """{"name": "prod", "production": false}""");
        var (unknown, _) = await broker.SendAsync(HttpMethod.Put, "/environments/no-such-uuid", """{"name": "x", "production": false}""");
        var (_, read) = await broker.GetAsync($"/environments/{uuid}");

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal("Quality", body!["displayName"]!.GetValue<string>());
        Assert.True(body["production"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, sameName.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);
        Assert.Contains("already used", clashBody!["errors"]!["name"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(uuid, read!["uuid"]!.GetValue<string>());
        Assert.Equal("qa", read["name"]!.GetValue<string>());
        Assert.Equal("Qa", read["displayName"]!.GetValue<string>());
        Assert.False(read["production"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Delete_Environment_Is204AndRemovesItsDeployments(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var uuid = await EnvironmentSetup.CreateAsync(broker, "test");
        await EnvironmentSetup.DeployAsync(broker, "Orders", "1.0.0", uuid);

        var (deleted, _) = await broker.SendAsync(HttpMethod.Delete, $"/environments/{uuid}");
        var (after, _) = await broker.GetAsync($"/environments/{uuid}");
        var (again, _) = await broker.SendAsync(HttpMethod.Delete, $"/environments/{uuid}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, after.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM deployed_versions"));
        Assert.Equal(0, await broker.ScalarAsync("SELECT COUNT(*) FROM currently_deployed_version_ids"));
    }
}
