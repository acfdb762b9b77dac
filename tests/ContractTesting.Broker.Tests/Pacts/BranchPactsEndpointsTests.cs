using System.Net;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Pacts;

public sealed class BranchPactsEndpointsTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_ProviderPactsByBranch_ListsEachConsumersVersionsOnTheBranchOrTheNewest(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await PublishAsync(broker, "Orders", "1.0.0", "main");
        await PublishAsync(broker, "Orders", "1.1.0", "main");
        await PublishAsync(broker, "Orders", "2.0.0", "feat/x");
        await PublishAsync(broker, "Orders", "2.1.0", "feat/x");
        await PublishAsync(broker, "Billing", "5.0.0", "trunk");
        await PublishAsync(broker, "Billing", "6.0.0", "feat/x");
        await ForVerification.SetMainBranchAsync(broker, "Orders", "main");
        await ForVerification.SetMainBranchAsync(broker, "Billing", "trunk");

        var mainBranches = await ListedAsync(broker, "/pacts/provider/Users/branch");
        var newestOnMain = await ListedAsync(broker, "/pacts/provider/Users/branch/latest");
        var rawBranch = await ListedAsync(broker, "/pacts/provider/Users/branch/feat/x");
        var encodedBranch = await ListedAsync(broker, "/pacts/provider/Users/branch/feat%2Fx");
        var newestOnBranch = await ListedAsync(broker, "/pacts/provider/Users/branch/feat/x/latest");
        var noSuchBranch = await ListedAsync(broker, "/pacts/provider/Users/branch/nope");
        var (unknownProvider, error) = await broker.GetAsync("/pacts/provider/Nobody/branch");

        Assert.Equal(["Billing 5.0.0", "Orders 1.1.0", "Orders 1.0.0"], mainBranches);
        Assert.Equal(["Billing 5.0.0", "Orders 1.1.0"], newestOnMain);
        Assert.Equal(["Billing 6.0.0", "Orders 2.1.0", "Orders 2.0.0"], rawBranch);
        Assert.Equal(rawBranch, encodedBranch);
        Assert.Equal(["Billing 6.0.0", "Orders 2.1.0"], newestOnBranch);
        Assert.Empty(noSuchBranch);
        Assert.Equal(HttpStatusCode.NotFound, unknownProvider.StatusCode);
        Assert.Equal("No pacticipant with name 'Nobody' found", error!["errors"]![0]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Get_ConsumerPactsByBranch_ListsTheVersionsAndLatestIsThePactDocument(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        await PublishAsync(broker, "Orders", "1.0.0", "main");
        await PublishAsync(broker, "Orders", "1.1.0", "main");
        await PublishAsync(broker, "Orders", "2.0.0", "feat/x");
        await PublishAsync(broker, "Billing", "5.0.0", "main");
        await ForVerification.SetMainBranchAsync(broker, "Orders", "main");

        var (_, onMain) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/branch");
        var asIndexed = await ListedAsync(broker, "/pacts/provider/Users/consumer/Orders/branch/versions");
        var (latestResponse, latest) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/branch/latest");
        var (_, latestOnBranch) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/branch/feat/x/latest");
        var (noPact, noPactError) = await broker.GetAsync("/pacts/provider/Users/consumer/Orders/branch/nope/latest");
        var (noMainBranch, noMainBranchError) = await broker.GetAsync("/pacts/provider/Users/consumer/Billing/branch/latest");

        Assert.Equal(["1.1.0", "1.0.0"], onMain!["_embedded"]!["pacts"]!.AsArray().Select(p => p!["_embedded"]!["consumerVersion"]!["number"]!.GetValue<string>()));
        Assert.Equal(["Orders 1.1.0", "Orders 1.0.0"], Listed(onMain));
        Assert.Equal(["Orders 1.1.0", "Orders 1.0.0"], asIndexed);
        Assert.Equal(HttpStatusCode.OK, latestResponse.StatusCode);
        Assert.Equal("a request from Orders 1.1.0", latest!["interactions"]![0]!["description"]!.GetValue<string>());
        Assert.Equal(latest["_links"]!["self"]!["href"]!.GetValue<string>(), latest["_links"]!["pb:pacts"]![0]!["href"]!.GetValue<string>());
        Assert.Equal(["Orders 2.0.0"], Listed(latestOnBranch));
        Assert.Equal(HttpStatusCode.NotFound, noPact.StatusCode);
        Assert.Equal("No pact between consumer 'Orders' and provider 'Users' from branch 'nope' found", noPactError!["errors"]![0]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, noMainBranch.StatusCode);
        Assert.Contains("'Billing' has no main branch set", noMainBranchError!["errors"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task PublishAsync(TestBroker broker, string consumer, string version, string branch)
    {
        var pact = Publications.Pact(consumer, "Users", $"a request from {consumer} {version}");
        var (response, body) = await broker.PublishAsync(Publications.Request(consumer, version, pact, branch: branch));
        Assert.True(response.IsSuccessStatusCode, $"publishing {consumer} {version} answered {response.StatusCode}: {body}");
    }

    private static async Task<List<string>> ListedAsync(TestBroker broker, string path)
    {
        var (response, body) = await broker.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {response.StatusCode}: {body}");
        return Listed(body);
    }

    /// <summary>The <c>pb:pacts</c> links as "consumer version", in the order given, each checked against its title.</summary>
    private static List<string> Listed(JsonNode? body) =>
    [
        .. body!["_links"]!["pb:pacts"]!.AsArray().Select(link =>
        {
            var (consumer, title) = (link!["name"]!.GetValue<string>(), link["title"]!.GetValue<string>());
            var version = title[(title.IndexOf('(', StringComparison.Ordinal) + 1)..title.IndexOf(')', StringComparison.Ordinal)];
            Assert.Equal($"Pact between {consumer} ({version}) and Users", title);
            Assert.EndsWith($"/pacts/provider/Users/consumer/{consumer}/version/{version}", link["href"]!.GetValue<string>(), StringComparison.Ordinal);
            return $"{consumer} {version}";
        }),
    ];
}
