using System.Globalization;
using ContractTesting.BrokerClient;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Sources;
using ContractTesting.Verification;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// The provider scenarios' set-up: a real provider that answers with the table's responses, the pacts to verify (files
/// written to the scenario's folder, or served by a broker stubbed from the fixtures), provider states, comments,
/// pending interactions, a request filter and publishing.
/// </summary>
internal static class HttpProviderSteps
{
    [Step("a provider is started that returns the response from interaction (\\d+)")]
    public static Task StartOne(World world, int number) => StartAsync(world, [world.Interactions[number - 1]]);

    [Step("a provider is started that returns the responses from interactions \"(.*)\"")]
    public static Task StartSeveral(World world, string numbers) =>
        StartAsync(world, [.. numbers.Split(',').Select(n => world.Interactions[int.Parse(n.Trim(), CultureInfo.InvariantCulture) - 1])]);

    [Step("a provider is started that returns the response from interaction (\\d+), with the following changes:")]
    public static Task StartChanged(World world, int number, List<List<string>> table)
    {
        var interaction = world.Interactions[number - 1];
        return StartAsync(world, [interaction with { Response = Change(world, interaction.Response, Fixtures.Row(table)) }]);
    }

    [Step("a Pact file for interaction (\\d+) is to be verified")]
    public static void Verify(World world, int number) => AddPactFile(world, number, world.Interactions[number - 1]);

    [Step("a Pact file for interaction (\\d+) is to be verified with a provider state \"(.*)\" defined")]
    public static void VerifyWithState(World world, int number, string state) =>
        AddPactFile(world, number, world.Interactions[number - 1] with { ProviderStates = [new ProviderState(state)] });

    [Step("a Pact file for interaction (\\d+) is to be verified with the following provider states defined:")]
    public static void VerifyWithStates(World world, int number, List<List<string>> table)
    {
        var states = Enumerable.Range(1, table.Count - 1).Select(row => Fixtures.Row(table, row)).Select(row => new ProviderState(
            row["State Name"],
            row.TryGetValue("Parameters", out var parameters) ? JObject.Parse(parameters).Properties().ToDictionary(p => p.Name, p => p.Value) : null));
        AddPactFile(world, number, world.Interactions[number - 1] with { ProviderStates = [.. states] });
    }

    [Step("a Pact file for interaction (\\d+) is to be verified, but is marked pending")]
    public static void VerifyPending(World world, int number) => AddPactFile(world, number, world.Interactions[number - 1] with { Pending = true });

    [Step("a Pact file for interaction (\\d+) is to be verified with the following comments:")]
    public static void VerifyWithComments(World world, int number, List<List<string>> table)
    {
        var rows = Enumerable.Range(1, table.Count - 1).Select(row => Fixtures.Row(table, row)).ToList();
        var comments = new Dictionary<string, JToken>(StringComparer.Ordinal);
        if (rows.Where(r => r["type"] == "text").Select(r => r["comment"]).ToList() is { Count: > 0 } texts)
        {
            comments["text"] = new JArray(texts);
        }

        foreach (var name in rows.Where(r => r["type"] == "testname").Select(r => r["comment"]))
        {
            comments["testname"] = name;
        }

        AddPactFile(world, number, world.Interactions[number - 1] with { Comments = comments });
    }

    [Step("a Pact file for interaction (\\d+) is to be verified from a Pact broker")]
    public static async Task VerifyFromBroker(World world, int number)
    {
        var broker = await FixtureBroker.StartAsync(world, number, PactOf(world, number, world.Interactions[number - 1]));
        world.Verification.Brokers.Add(broker);
        world.Verification.Sources.Add(PactSource.Broker(new PactBrokerOptions { BaseUrl = broker.BaseUri }));
    }

    [Step("publishing of verification results is enabled")]
    public static void Publish(World world) => world.Verification.Publish = new PublishOptions { ProviderVersion = "1.2.3" };

    [Step("a provider state callback is configured")]
    public static async Task Callback(World world) =>
        world.Verification.StateCallback = await StateCallbackServer.StartAsync(fail: false, world.Verification.Tick);

    [Step("a provider state callback is configured, but will return a failure")]
    public static async Task FailingCallback(World world) =>
        world.Verification.StateCallback = await StateCallbackServer.StartAsync(fail: true, world.Verification.Tick);

    [Step("a request filter is configured to make the following changes:")]
    public static void RequestFilter(World world, List<List<string>> table)
    {
        var row = Fixtures.Row(table);
        foreach (var column in row.Keys.Where(c => c != "headers"))
        {
            throw new NotSupportedException($"The request filter step only changes headers, not '{column}'.");
        }

        world.Verification.FilterHeaders.AddRange(Fixtures.Headers(row["headers"]).SelectMany(h => h.Value.Select(v => (h.Key, v))));
    }

    private static async Task StartAsync(World world, List<HttpInteraction> interactions) =>
        world.Verification.Provider = await ReplayProvider.StartAsync(interactions, world.Verification.Tick);

    /// <summary>The response with a one-row table's changes: <c>response</c> (status), <c>response headers</c> (added), <c>response body</c>.</summary>
    private static HttpResponse Change(World world, HttpResponse response, Dictionary<string, string> row)
    {
        foreach (var (column, value) in row)
        {
            response = column switch
            {
                "response" or "status" => response with { Status = int.Parse(value, CultureInfo.InvariantCulture) },
                "response headers" or "headers" => response with { Headers = new HeaderCollection([.. response.Headers.Concat(Fixtures.Headers(value))
                    .GroupBy(h => h.Key, StringComparer.OrdinalIgnoreCase)
                    .Select(g => new KeyValuePair<string, IReadOnlyList<string>>(g.First().Key, [.. g.SelectMany(h => h.Value)]))]) },
                "response body" or "body" => WithBody(world, response, value),
                _ => throw new NotSupportedException($"The provider step cannot change '{column}'."),
            };
        }

        return response;
    }

    private static HttpResponse WithBody(World world, HttpResponse response, string value)
    {
        var (body, type) = Fixtures.BodyFrom(world, value, null, response.ContentType);
        return response with { Body = body, Headers = response.Headers.With("Content-Type", type.ToString()) };
    }

    private static Pact PactOf(World world, int number, HttpInteraction interaction) => new()
    {
        Consumer = new($"c_{number}"),
        Provider = new(VerificationWorld.ProviderName),
        Interactions = [interaction],
        Specification = world.Specification,
    };

    /// <summary>Writes the pact of consumer <c>c_N</c> to the scenario's folder, in the feature's version, and verifies that file.</summary>
    private static void AddPactFile(World world, int number, HttpInteraction interaction)
    {
        var path = Path.Combine(world.PactDirectory, $"c_{number}-{VerificationWorld.ProviderName}.json");
        PactFile.Write(PactOf(world, number, interaction), path);
        world.Verification.Sources.Add(PactSource.File(path));
    }
}
