using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContractTesting.Broker.Tests.Support;
using ContractTesting.TestSupport;

namespace ContractTesting.Broker.Tests.Interop;

/// <summary>
/// The official CLI's pact listings against this broker: get-pacts in each of its eight forms (provider or one consumer,
/// main branch or a named one, all or latest), as JSON and with --download, and list-latest-pact-versions.
/// </summary>
public sealed partial class PactCliPactListTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task GetPacts_EachBranchFormOfTheCli_ListsThePactsOnThatBranch(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        await PublishHistoryAsync(broker);

        var mainAll = await BrokerCli.RunAsync(broker, "get-pacts", "--provider", "Users");
        var mainLatest = await BrokerCli.RunAsync(broker, "get-pacts", "--provider", "Users", "--latest");
        var branchAll = await BrokerCli.RunAsync(broker, "get-pacts", "--provider", "Users", "--branch", "feature/login");
        var branchLatest = await BrokerCli.RunAsync(broker, "get-pacts", "--provider", "Users", "--branch", "feature/login", "--latest");
        var consumerMain = await BrokerCli.RunAsync(broker, "get-pacts", "--provider", "Users", "--consumer", "Orders");
        var consumerMainLatest = await BrokerCli.RunAsync(broker, "get-pacts", "--provider", "Users", "--consumer", "Orders", "--latest");
        var consumerBranch = await BrokerCli.RunAsync(broker, "get-pacts", "--provider", "Users", "--consumer", "Orders", "--branch", "feature/login");
        var consumerBranchLatest = await BrokerCli.RunAsync(broker, "get-pacts", "--provider", "Users", "--consumer", "Orders", "--branch", "feature/login", "--latest");
        var unknown = await BrokerCli.RunAsync(broker, "get-pacts", "--provider", "Nobody");

        Assert.Equal(["Billing 5.0.0", "Orders 1.0.0", "Orders 1.1.0"], Listed(mainAll));
        Assert.Equal(["Billing 5.0.0", "Orders 1.1.0"], Listed(mainLatest));
        Assert.Equal(["Billing 6.0.0", "Orders 2.0.0", "Orders 2.1.0"], Listed(branchAll));
        Assert.Equal(["Billing 6.0.0", "Orders 2.1.0"], Listed(branchLatest));
        Assert.Equal(["Orders 1.0.0", "Orders 1.1.0"], Listed(consumerMain));
        Assert.Equal(["Orders 1.1.0"], Listed(consumerMainLatest));
        Assert.Equal(["Orders 2.0.0", "Orders 2.1.0"], Listed(consumerBranch));
        Assert.Equal(["Orders 2.1.0"], Listed(consumerBranchLatest));
        Assert.Contains("Pact between Orders (2.1.0) and Users", consumerBranchLatest.Output, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("'/pacts/provider/Nobody/branch' failed: 404 Not Found", unknown.Output + unknown.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task GetPacts_AsJsonAndDownloaded_GiveTheLinksAndDocumentsTheApiServes(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        await PublishHistoryAsync(broker);
        using var folder = new TempFolder();

        var json = await BrokerCli.RunAsync(broker, "get-pacts", "--provider", "Users", "--branch", "feature/login", "--latest", "-o", "json");
        var downloaded = await BrokerCli.RunAsync(broker, "get-pacts", "--provider", "Users", "--latest", "--download", "--download-dir", folder.Path);
        var (_, listed) = await broker.GetAsync("/pacts/provider/Users/branch/feature%2Flogin/latest");
        var (_, newestOrders) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/version/1.1.0");

        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.True(JsonNode.DeepEquals(listed!["_links"]!["pb:pacts"], JsonNode.Parse(json.Output)!["pacts"]), json.Output);
        Assert.True(downloaded.ExitCode == 0, downloaded.ToString());
        Assert.Equal(["Billing-Users-5.0.0.json", "Orders-Users-1.1.0.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder.Path, "Orders-Users-1.1.0.json"), TestContext.Current.CancellationToken));
        Assert.True(JsonNode.DeepEquals(newestOrders!["interactions"], file!["interactions"]), file.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task ListLatestPactVersions_AsTableAndJson_ShowTheNewestPactOfEachIntegration(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        await PublishHistoryAsync(broker);

        var table = await BrokerCli.RunAsync(broker, "list-latest-pact-versions");
        var json = await BrokerCli.RunAsync(broker, "list-latest-pact-versions", "-o", "json");
        var (_, latest) = await broker.GetAsync("/pacts/latest");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Matches("\"Billing\"\\s*┆\\s*\"6\\.0\\.0\"\\s*┆\\s*\"Users\"", table.Output);
        Assert.Matches("\"Orders\"\\s*┆\\s*\"2\\.1\\.0\"\\s*┆\\s*\"Users\"", table.Output);
        Assert.DoesNotContain("1.1.0", table.Output, StringComparison.Ordinal);
        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.True(JsonNode.DeepEquals(latest, JsonNode.Parse(json.Output)), json.Output);
    }

    /// <summary>
    /// Orders (main branch <c>main</c>): 1.0.0 and 1.1.0 on main, 2.0.0 and 2.1.0 on feature/login. Billing (main
    /// branch <c>main</c>): 5.0.0 on main, then 6.0.0 on feature/login. Each version's pact has its own content.
    /// </summary>
    private static async Task PublishHistoryAsync(TestBroker broker)
    {
        (string Consumer, string Version, string Branch)[] history =
        [
            ("Orders", "1.0.0", "main"), ("Orders", "1.1.0", "main"), ("Billing", "5.0.0", "main"),
            ("Orders", "2.0.0", "feature/login"), ("Orders", "2.1.0", "feature/login"), ("Billing", "6.0.0", "feature/login"),
        ];
        foreach (var (consumer, version, branch) in history)
        {
            var pact = Publications.Pact(consumer, "Users", $"a request from {consumer} {version}");
            var (response, body) = await broker.PublishAsync(Publications.Request(consumer, version, pact, branch: branch));
            Assert.True(response.IsSuccessStatusCode, $"publishing {consumer} {version} answered {response.StatusCode}: {body}");
        }

        await ForVerification.SetMainBranchAsync(broker, "Orders", "main");
        await ForVerification.SetMainBranchAsync(broker, "Billing", "main");
    }

    /// <summary>The pacts a get-pacts table links to, as "consumer version", sorted; asserts the command succeeded.</summary>
    private static List<string> Listed(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return [.. PactLink().Matches(result.Output).Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value}").Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"/pacts/provider/Users/consumer/(\w+)/version/([0-9.]+)")]
    private static partial Regex PactLink();
}
