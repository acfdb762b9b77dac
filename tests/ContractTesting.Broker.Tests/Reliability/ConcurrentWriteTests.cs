using System.Net;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Reliability;

/// <summary>
/// Fifty writers at once: every request is acknowledged (no 5xx), and the database holds exactly what was
/// acknowledged, each distinct thing once, with unique orders and numbers.
/// </summary>
public sealed class ConcurrentWriteTests
{
    private const int Writers = 50;

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_FiftyOverlappingAtOnce_StoresEachDistinctRowOnce(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var plan = PlannedPublication.Overlapping(Writers, ["Orders", "Billing", "Shipping"]);

        var answers = await Task.WhenAll(plan.Select(p => broker.PublishAsync(p.Request())));

        AssertAllAcknowledged(answers, HttpStatusCode.OK);
        await AssertRowsAsync(broker, ExpectedRows.For(plan));
        await StoreConsistency.AssertConsistentAsync(broker.Database);
        foreach (var publication in plan.DistinctBy(p => (p.Consumer, p.Version)))
        {
            var (_, version) = await broker.GetAsync($"/pacticipants/{publication.Consumer}/versions/{publication.Version}");
            var expectedTags = plan.Where(p => p.Consumer == publication.Consumer && p.Version == publication.Version).SelectMany(p => p.Tags).Distinct();
            Assert.Equal(expectedTags.Order(), version!["_embedded"]!["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Order());
        }
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Verify_FiftyResultsAtOnce_NumbersEachPactsResultsOneToN(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var setup = PlannedPublication.Overlapping(6, ["Orders", "Billing"]);
        var links = await PublishInOrderAsync(broker, setup);
        var results = Enumerable.Range(0, Writers).Select(i => (Link: links[i % links.Count], ProviderVersion: $"2.0.{i % 7}", Success: i % 3 != 0)).ToList();

        var answers = await Task.WhenAll(results.Select(r =>
            VerificationSetup.PostAsync(broker, r.Link.Href, VerificationSetup.Result(r.ProviderVersion, r.Success))));

        AssertAllAcknowledged(answers, HttpStatusCode.Created);
        Assert.Equal(Writers, answers.Select(a => a.Response.Headers.Location!.ToString()).Distinct().Count());
        await AssertRowsAsync(broker, ExpectedRows.For(setup, results.Select(r => (r.Link.Provider, r.ProviderVersion))));
        Assert.Equal(Writers, await broker.ScalarAsync("SELECT COUNT(*) FROM verifications"));
        foreach (var group in results.GroupBy(r => r.Link.Sha))
        {
            Assert.Equal(group.Count(), await broker.ScalarAsync(
                $"SELECT COUNT(DISTINCT v.number) FROM verifications v JOIN pact_versions x ON x.id = v.pact_version_id WHERE x.sha = '{group.Key}'"));
        }

        Assert.Equal(results.Select(r => (r.Link.Sha, r.ProviderVersion)).Distinct().Count(),
            await broker.ScalarAsync("SELECT COUNT(*) FROM latest_verification_id_for_pact_version_and_provider_version"));
        await StoreConsistency.AssertConsistentAsync(broker.Database);
    }

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task PublishAndVerify_FiftyOfEachAtOnce_StoresExactlyWhatWasAcknowledged(BrokerDatabaseProvider store)
    {
        await using var broker = await TestBroker.StartAsync(store);
        var setup = PlannedPublication.Overlapping(4, ["Orders"]);
        var links = await PublishInOrderAsync(broker, setup);
        // Half the publications come from the provider the results are for, on the versions those results create.
        var publications = PlannedPublication.Overlapping(Writers / 2, ["Orders", "Billing"])
            .Concat(Enumerable.Range(0, Writers / 2).Select(i => new PlannedPublication("Users", $"2.0.{i % 7}", ["Stock"], i % 7 % 3, "main", ["prod"])))
            .ToList();
        var results = Enumerable.Range(0, Writers).Select(i => (Link: links[i % links.Count], ProviderVersion: $"2.0.{i % 9}")).ToList();

        var publishing = publications.Select(p => broker.PublishAsync(p.Request())).ToList();
        var verifying = results.Select(r => VerificationSetup.PostAsync(broker, r.Link.Href, VerificationSetup.Result(r.ProviderVersion, success: true))).ToList();
        var published = await Task.WhenAll(publishing);
        var verified = await Task.WhenAll(verifying);

        AssertAllAcknowledged(published, HttpStatusCode.OK);
        AssertAllAcknowledged(verified, HttpStatusCode.Created);
        await AssertRowsAsync(broker, ExpectedRows.For(setup.Concat(publications), results.Select(r => (r.Link.Provider, r.ProviderVersion))));
        Assert.Equal(Writers, await broker.ScalarAsync("SELECT COUNT(*) FROM verifications"));
        await StoreConsistency.AssertConsistentAsync(broker.Database);
    }

    private sealed record PactLink(string Provider, string Sha, string Href);

    // Publishes one after the other and returns the verification link of each distinct pact content.
    private static async Task<List<PactLink>> PublishInOrderAsync(TestBroker broker, IEnumerable<PlannedPublication> publications)
    {
        var links = new List<PactLink>();
        foreach (var publication in publications)
        {
            var (response, _) = await broker.PublishAsync(publication.Request());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            foreach (var provider in publication.Providers)
            {
                var (_, pact) = await broker.GetAsync(publication.PactPath(provider));
                var sha = pact!["_links"]!["pb:pact-version"]!["name"]!.GetValue<string>();
                links.Add(new PactLink(provider, sha, pact["_links"]!["pb:publish-verification-results"]!["href"]!.GetValue<string>()));
            }
        }

        return [.. links.DistinctBy(l => l.Sha)];
    }

    private static void AssertAllAcknowledged(IEnumerable<(HttpResponseMessage Response, JsonNode? Body)> answers, HttpStatusCode expected) =>
        Assert.All(answers, a => Assert.True(a.Response.StatusCode == expected, $"{(int)a.Response.StatusCode}: {a.Body?.ToJsonString()}"));

    private static async Task AssertRowsAsync(TestBroker broker, Dictionary<string, long> expected)
    {
        var actual = new Dictionary<string, long>();
        foreach (var table in expected.Keys)
        {
            actual[table] = await broker.ScalarAsync($"SELECT COUNT(*) FROM {table}");
        }

        Assert.Equal(expected, actual);
    }
}
