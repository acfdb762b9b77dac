using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Releases;

public sealed class ReleaseEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Record_Release_Is201ThenTheSameRelease200AndKeepsEarlierReleasesSupported(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/App/versions/1.0.0", "{}");
        var path = $"/pacticipants/App/versions/1.0.0/released-versions/environment/{prod}";

        var (created, first) = await broker.SendAsync(HttpMethod.Post, path, "{}");
        var (again, second) = await broker.SendAsync(HttpMethod.Post, path, "{}");
        await EnvironmentSetup.ReleaseAsync(broker, "App", "2.0.0", prod);
        var supported = await NumbersAsync(broker, $"/environments/{prod}/released-versions/currently-supported");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first!["uuid"]!.GetValue<string>(), second!["uuid"]!.GetValue<string>());
        Assert.True(first["currentlySupported"]!.GetValue<bool>());
        Assert.Equal(prod, first["_embedded"]!["environment"]!["uuid"]!.GetValue<string>());
        Assert.Equal(["App 2.0.0", "App 1.0.0"], supported);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Patch_CurrentlySupportedFalse_EndsSupportUntilReleasedAgain(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod");
        var release = await EnvironmentSetup.ReleaseAsync(broker, "App", "1.0.0", prod);
        await EnvironmentSetup.ReleaseAsync(broker, "Other", "1.0.0", prod);
        var self = release["_links"]!["self"]!["href"]!.GetValue<string>();

        var (patched, body) = await EnvironmentSetup.PatchAsync(broker, self, """{"currentlySupported": false}""");
        var (back, _) = await EnvironmentSetup.PatchAsync(broker, self, """{"currentlySupported": true}""");
        var afterEnd = await NumbersAsync(broker, $"/environments/{prod}/released-versions/currently-supported?pacticipant=App");
        var again = await EnvironmentSetup.ReleaseAsync(broker, "App", "1.0.0", prod);
        var afterRelease = await NumbersAsync(broker, $"/environments/{prod}/released-versions/currently-supported?pacticipant=App&version=1.0.0");

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.False(body!["currentlySupported"]!.GetValue<bool>());
        Assert.NotNull(body["supportEndedAt"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, back.StatusCode);
        Assert.Empty(afterEnd);
        Assert.True(again["currentlySupported"]!.GetValue<bool>());
        Assert.Equal(["App 1.0.0"], afterRelease);
        Assert.Equal(2, await broker.ScalarAsync("SELECT COUNT(*) FROM released_versions"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_ReleasedVersion_SaysCurrentlyReleasedWhileSupported(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod");
        var release = await EnvironmentSetup.ReleaseAsync(broker, "App", "1.0.0", prod);
        var self = release["_links"]!["self"]!["href"]!.GetValue<string>();

        var (_, supported) = await broker.GetAsync($"/environments/{prod}/released-versions/currently-supported");
        var (_, ended) = await EnvironmentSetup.PatchAsync(broker, self, """{"currentlySupported": false}""");
        var (_, afterEnd) = await broker.GetAsync(new Uri(self).PathAndQuery);

        Assert.True(release["currentlyReleased"]!.GetValue<bool>());
        Assert.True(supported!["_embedded"]!["releasedVersions"]![0]!["currentlyReleased"]!.GetValue<bool>());
        Assert.False(ended!["currentlyReleased"]!.GetValue<bool>());
        Assert.False(afterEnd!["currentlyReleased"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Version_ReleasedEnvironments_ShowTheReleaseAndWhetherItIsSupported(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var prod = await EnvironmentSetup.CreateAsync(broker, "prod");
        var release = await EnvironmentSetup.ReleaseAsync(broker, "App", "1.0.0", prod);
        await EnvironmentSetup.PatchAsync(broker, release["_links"]!["self"]!["href"]!.GetValue<string>(), """{"currentlySupported": false}""");

        var (_, version) = await broker.GetAsync("/pacticipants/App/versions/1.0.0");
        var (unknown, _) = await broker.GetAsync("/released-versions/nope");

        var link = version!["_links"]!["pb:released-environments"]![0]!;
        Assert.Equal(release["_links"]!["self"]!["href"]!.GetValue<string>(), link["href"]!.GetValue<string>());
        Assert.False(link["currentlySupported"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<List<string>> NumbersAsync(TestBroker broker, string path)
    {
        var (response, body) = await broker.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body!["_embedded"]!["releasedVersions"]!.AsArray()
            .Select(r => $"{r!["_embedded"]!["pacticipant"]!["name"]!.GetValue<string>()} {r["_embedded"]!["version"]!["number"]!.GetValue<string>()}")
            .ToList();
    }
}
