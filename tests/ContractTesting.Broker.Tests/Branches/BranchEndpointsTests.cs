using System.Net;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Branches;

public sealed class BranchEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Put_BranchWithRawSlash_AddsTheVersionToTheWholeBranchName(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);

        var (response, body) = await broker.SendAsync(HttpMethod.Put, "/pacticipants/Foo%20Web/branches/feat/x/versions/1.0.0", """{"name": "feat/x"}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("feat/x", body!["_links"]!["pb:branch"]!["name"]!.GetValue<string>());
        Assert.Equal($"{broker.Base}/pacticipants/Foo%20Web/branches/feat%2Fx/versions/1.0.0", body["_links"]!["self"]!["href"]!.GetValue<string>());
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM branches WHERE name = 'feat/x'"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Put_BranchWithEncodedSlash_IsTheSameBranchAsTheRawForm(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Bar/branches/feat/y/versions/1.0.0", "{}");

        var (response, _) = await broker.SendAsync(HttpMethod.Put, "/pacticipants/Bar/branches/feat%2Fy/versions/2.0.0", "{}");
        var (again, _) = await broker.SendAsync(HttpMethod.Put, "/pacticipants/Bar/branches/feat%2Fy/versions/2.0.0", "{}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await broker.ScalarAsync("SELECT COUNT(*) FROM branches"));
        Assert.Equal(2, await broker.ScalarAsync("SELECT COUNT(*) FROM branch_versions"));
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_BranchAndItsLatestVersion_FollowTheNewestVersionAdded(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Bar/branches/feat/y/versions/1.0.0", "{}");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Bar/branches/feat/y/versions/2.0.0", "{}");

        var (branchResponse, branch) = await broker.GetAsync("/pacticipants/Bar/branches/feat%2Fy");
        var (_, latest) = await broker.GetAsync("/pacticipants/Bar/branches/feat/y/latest-version");
        var (_, first) = await broker.GetAsync("/pacticipants/Bar/versions/1.0.0");

        Assert.Equal(HttpStatusCode.OK, branchResponse.StatusCode);
        Assert.Equal("feat/y", branch!["name"]!.GetValue<string>());
        Assert.Equal("2.0.0", latest!["number"]!.GetValue<string>());
        Assert.False(first!["_embedded"]!["branchVersions"]![0]!["latest"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_Branches_ListsThePacticipantsBranchesNewestFirst(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Bar/branches/main/versions/1.0.0", "{}");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Bar/branches/feat/y/versions/2.0.0", "{}");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Other/branches/dev/versions/1.0.0", "{}");

        var (response, body) = await broker.GetAsync("/pacticipants/Bar/branches");
        var (_, pacticipant) = await broker.GetAsync("/pacticipants/Bar");
        var (unknown, _) = await broker.GetAsync("/pacticipants/Nobody/branches");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var branches = body!["_embedded"]!["branches"]!.AsArray();
        Assert.Equal(["feat/y", "main"], branches.Select(b => b!["name"]!.GetValue<string>()));
        Assert.Equal($"{broker.Base}/pacticipants/Bar/branches/feat%2Fy", branches[0]!["_links"]!["self"]!["href"]!.GetValue<string>());
        Assert.Equal(pacticipant!["_links"]!["pb:branches"]!["href"]!.GetValue<string>(), body["_links"]!["self"]!["href"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_VersionNotOnBranch_Is404(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Bar/branches/main/versions/1", "{}");
        await broker.SendAsync(HttpMethod.Put, "/pacticipants/Bar/versions/2", "{}");

        var (response, body) = await broker.GetAsync("/pacticipants/Bar/branches/main/versions/2");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("is not on branch 'main'", body!["errors"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
