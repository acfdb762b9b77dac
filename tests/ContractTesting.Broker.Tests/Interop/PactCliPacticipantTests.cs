using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;
using ContractTesting.TestSupport;

namespace ContractTesting.Broker.Tests.Interop;

/// <summary>
/// The official CLI's pacticipant commands against this broker: create-or-update-pacticipant, describe-pacticipant
/// and list-pacticipants (table and JSON); each checked by exit code, output and what the broker's API then shows.
/// </summary>
public sealed class PactCliPacticipantTests
{
    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task CreateOrUpdatePacticipant_CreatesThenUpdatesAndDescribeShowsIt(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);

        var created = await BrokerCli.RunAsync(broker,
            "create-or-update-pacticipant", "--name", "Orders", "--display-name", "Order Service", "--main-branch", "main", "--repository-url", "https://git.example/orders");
        var (_, afterCreate) = await broker.GetAsync("/pacticipants/Orders");
        var updated = await BrokerCli.RunAsync(broker, "create-or-update-pacticipant", "--name", "Orders", "--main-branch", "trunk");
        var described = await BrokerCli.RunAsync(broker, "describe-pacticipant", "--name", "Orders");
        var describedJson = await BrokerCli.RunAsync(broker, "describe-pacticipant", "--name", "Orders", "-o", "json");
        var missing = await BrokerCli.RunAsync(broker, "describe-pacticipant", "--name", "Nobody");
        var (_, afterUpdate) = await broker.GetAsync("/pacticipants/Orders");
        var (_, all) = await broker.GetAsync("/pacticipants");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains("Pacticipant 'Orders' created successfully", created.Output, StringComparison.Ordinal);
        Assert.Equal("Order Service", afterCreate!["displayName"]!.GetValue<string>());
        Assert.Equal("main", afterCreate["mainBranch"]!.GetValue<string>());
        Assert.Equal("https://git.example/orders", afterCreate["repositoryUrl"]!.GetValue<string>());
        Assert.True(updated.ExitCode == 0, updated.ToString());
        Assert.Contains("Pacticipant 'Orders' updated successfully", updated.Output, StringComparison.Ordinal);
        Assert.Equal("trunk", afterUpdate!["mainBranch"]!.GetValue<string>());
        Assert.Equal("Order Service", afterUpdate["displayName"]!.GetValue<string>());
        Assert.Equal("https://git.example/orders", afterUpdate["repositoryUrl"]!.GetValue<string>());
        Assert.True(described.ExitCode == 0, described.ToString());
        Assert.Contains("Name: Orders", described.Output, StringComparison.Ordinal);
        Assert.Contains("Display Name: Order Service", described.Output, StringComparison.Ordinal);
        Assert.Contains("Main Branch: trunk", described.Output, StringComparison.Ordinal);
        Assert.Contains("Repo URL: https://git.example/orders", described.Output, StringComparison.Ordinal);
        Assert.Contains($"Created: {afterUpdate["createdAt"]!.GetValue<string>()}", described.Output, StringComparison.Ordinal);
        Assert.Contains($"Updated: {afterUpdate["updatedAt"]!.GetValue<string>()}", described.Output, StringComparison.Ordinal);
        Assert.True(describedJson.ExitCode == 0, describedJson.ToString());
        Assert.True(JsonNode.DeepEquals(afterUpdate, JsonNode.Parse(describedJson.Output)), describedJson.Output);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("'/pacticipants/Nobody' failed: 404 Not Found", missing.Output + missing.Error, StringComparison.Ordinal);
        Assert.Single(all!["_embedded"]!["pacticipants"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task ListPacticipants_AsTableAndJson_ShowsEveryPacticipant(BrokerDatabaseProvider store)
    {
        ReferencePactCli.Require();
        await using var broker = await TestBroker.StartAsync(store);
        await broker.SendAsync(HttpMethod.Post, "/pacticipants", """{"name": "Orders", "displayName": "Order Service"}""");
        await broker.SendAsync(HttpMethod.Post, "/pacticipants", """{"name": "BillingService"}""");

        var table = await BrokerCli.RunAsync(broker, "list-pacticipants");
        var json = await BrokerCli.RunAsync(broker, "list-pacticipants", "-o", "json");
        var (_, listed) = await broker.GetAsync("/pacticipants");

        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Matches("\"BillingService\"\\s*┆\\s*\"Billing Service\"", table.Output);
        Assert.Matches("\"Orders\"\\s*┆\\s*\"Order Service\"", table.Output);
        Assert.True(json.ExitCode == 0, json.ToString());
        var printed = JsonNode.Parse(json.Output)!;
        Assert.True(JsonNode.DeepEquals(listed, printed), json.Output);
        Assert.Equal(["BillingService", "Orders"], printed["pacticipants"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
    }
}
