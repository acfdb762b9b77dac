using ContractTesting.BrokerClient;
using ContractTesting.Cli.Tests.Support;

namespace ContractTesting.Cli.Tests.BrokerClient;

/// <summary>
/// The broker client's operations against the real broker, where it has the endpoints today (publishing,
/// pacticipants, versions); the others are tested against a stub in ContractTesting.Tests.
/// </summary>
public sealed class PactBrokerClientTests : IAsyncLifetime
{
    private TestBrokers _broker = null!;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _broker = await TestBrokers.StartAsync();

    public async ValueTask DisposeAsync() => await _broker.DisposeAsync();

    [Fact]
    public async Task PublishContractsAsync_NewVersion_CreatesItAndLinksThePact()
    {
        var published = await Client().PublishContractsAsync(Publication("1.0.0", TestPacts.WebUsers()), Cancellation);

        Assert.Contains(published.Notices, n => n is { Type: "success", Text: "Pact successfully published for Web version 1.0.0 and provider Users." });
        Assert.Equal(new Uri(_broker.Url + "pacts/provider/Users/consumer/Web/version/1.0.0"), Assert.Single(published.ContractUrls));
        Assert.Equal(new Uri(_broker.Url + "pacticipants/Web/versions/1.0.0"), published.VersionUrl);
    }

    [Fact]
    public async Task PublishContractsAsync_MergeOfANewInteraction_IsAccepted()
    {
        var client = Client();
        await client.PublishContractsAsync(Publication("1.0.0", TestPacts.WebUsers()), Cancellation);
        var other = TestPacts.WebUsers().Replace("a request for user 1", "another request for user 1", StringComparison.Ordinal);

        var merged = await client.PublishContractsAsync(Publication("1.0.0", other, ContractConflict.Merge), Cancellation);
        var overwrite = await Assert.ThrowsAsync<PactBrokerException>(() => client.PublishContractsAsync(Publication("1.0.0", TestPacts.WebUsers(name: "Grace")), Cancellation));

        Assert.Contains(merged.Notices, n => n.Type == "success");
        Assert.Equal(409, overwrite.StatusCode);
    }

    [Fact]
    public async Task CreateOrUpdatePacticipantAsync_NewThenChanged_CreatesThenPatches()
    {
        var client = Client();

        var created = await client.CreateOrUpdatePacticipantAsync(new PacticipantDetails { Name = "Web", MainBranch = "main" }, Cancellation);
        var updated = await client.CreateOrUpdatePacticipantAsync(new PacticipantDetails { Name = "Web", RepositoryUrl = "https://example.com/web" }, Cancellation);
        var all = await client.ListPacticipantsAsync(Cancellation);

        Assert.Equal("main", created.MainBranch);
        Assert.Equal(("main", "https://example.com/web"), (updated.MainBranch, updated.RepositoryUrl));
        Assert.Equal("Web", Assert.Single(all).Name);
        Assert.Null(await client.DescribePacticipantAsync("Nobody", Cancellation));
    }

    [Fact]
    public async Task CreateOrUpdateVersionAsync_BranchWithSlashAndTags_PutsThemAll()
    {
        var client = Client();

        var version = await client.CreateOrUpdateVersionAsync("Web", "2.0.0", "feat/x", ["dev", "ci"], Cancellation);
        var latest = await client.DescribeVersionAsync("Web", cancellationToken: Cancellation);
        var tagged = await client.DescribeVersionAsync("Web", latestTag: "dev", cancellationToken: Cancellation);

        Assert.Equal(["feat/x"], version.Branches);
        Assert.Equal(["ci", "dev"], version.Tags.Order());
        Assert.Equal("2.0.0", latest?.Number);
        Assert.Equal("2.0.0", tagged?.Number);
        Assert.Null(await client.DescribeVersionAsync("Web", "9.9.9", cancellationToken: Cancellation));
    }

    private PactBrokerClient Client() => new(new PactBrokerOptions { BaseUrl = _broker.Broker.BaseAddress });

    private static ContractsPublication Publication(string version, string pact, ContractConflict onConflict = ContractConflict.Overwrite) => new()
    {
        PacticipantName = "Web",
        PacticipantVersion = version,
        Contracts = [new ContractToPublish { ConsumerName = "Web", ProviderName = "Users", Content = pact, OnConflict = onConflict }],
    };
}
