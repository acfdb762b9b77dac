using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Tests.Support;

namespace ContractTesting.Broker.Tests.Reliability;

/// <summary>
/// The broker process is killed (SIGKILL) in the middle of a stream of publications and started again on the same
/// database: every acknowledged publication is there and whole, an unacknowledged one is either whole or absent,
/// and the database is consistent.
/// </summary>
public sealed class BrokerKillTests
{
    private const int Streams = 4;
    private const int AcknowledgedBeforeKill = 24;

    [Theory]
    [MemberData(nameof(Stores.All), MemberType = typeof(Stores))]
    public async Task Publish_BrokerKilledMidStream_KeepsEveryAcknowledgedPublicationWhole(BrokerDatabaseProvider store)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(store, cancellationToken);
        var outcomes = new ConcurrentQueue<(PlannedPublication Publication, HttpStatusCode? Status)>();

        await using (var first = await BrokerProcess.StartAsync(database, cancellationToken))
        {
            using var client = new HttpClient { BaseAddress = first.BaseAddress };
            var acknowledged = 0;
            await Task.WhenAll(Enumerable.Range(0, Streams).Select(stream => Task.Run(async () =>
            {
                for (var n = 0; ; n++)
                {
                    var publication = Publication(stream, n);
                    HttpStatusCode status;
                    try
                    {
                        using var response = await client.PostAsJsonAsync("/contracts/publish", publication.Request(), cancellationToken);
                        status = response.StatusCode;
                    }
                    catch (HttpRequestException)
                    {
                        // The broker is gone: this publication was in flight, or sent after the kill.
                        outcomes.Enqueue((publication, null));
                        return;
                    }

                    outcomes.Enqueue((publication, status));
                    if (status == HttpStatusCode.OK && Interlocked.Increment(ref acknowledged) == AcknowledgedBeforeKill)
                    {
                        first.Kill();
                    }
                }
            }, cancellationToken)));
        }

        await using var second = await BrokerProcess.StartAsync(database, cancellationToken);
        using var restarted = new HttpClient { BaseAddress = second.BaseAddress };

        Assert.All(outcomes, o => Assert.True(o.Status is null or HttpStatusCode.OK, $"{o.Publication.Consumer} {o.Publication.Version}: {o.Status}"));
        var acknowledgedPublications = outcomes.Where(o => o.Status is not null).Select(o => o.Publication).ToList();
        var unacknowledged = outcomes.Where(o => o.Status is null).Select(o => o.Publication).ToList();
        Assert.True(acknowledgedPublications.Count >= AcknowledgedBeforeKill);
        Assert.Equal(Streams, unacknowledged.Count);
        foreach (var publication in acknowledgedPublications)
        {
            Assert.True(await IsStoredWholeAsync(restarted, publication), $"acknowledged {publication.Consumer} {publication.Version} is missing");
        }

        var keptUnacknowledged = new List<PlannedPublication>();
        foreach (var publication in unacknowledged)
        {
            if (await IsStoredWholeAsync(restarted, publication))
            {
                keptUnacknowledged.Add(publication);
            }
        }

        var expected = ExpectedRows.For(acknowledgedPublications.Concat(keptUnacknowledged));
        foreach (var (table, count) in expected)
        {
            Assert.True(count == await database.ScalarAsync($"SELECT COUNT(*) FROM {table}"), $"{table}: expected {count} rows");
        }

        await StoreConsistency.AssertConsistentAsync(database);
        using var after = await restarted.PostAsJsonAsync("/contracts/publish", Publication(Streams, 0).Request(), cancellationToken);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    // Each stream publishes new versions of its own consumer, each with two pacts, a branch and two tags: a
    // publication cut in half would show as a version without one of them.
    private static PlannedPublication Publication(int stream, int n) =>
        new($"Consumer{stream}", $"1.{n}", ["Users", "Stock"], n, $"feat-{n % 3}", ["dev", $"build-{n}"]);

    /// <summary>
    /// False when the consumer version does not exist; true when it exists with both pacts (content equal to what
    /// was published), its branch and its tags; a failed assertion when it exists only in part.
    /// </summary>
    private static async Task<bool> IsStoredWholeAsync(HttpClient client, PlannedPublication publication)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var versionResponse = await client.GetAsync($"/pacticipants/{publication.Consumer}/versions/{publication.Version}", cancellationToken);
        if (versionResponse.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        var name = $"{publication.Consumer} {publication.Version}";
        Assert.Equal(HttpStatusCode.OK, versionResponse.StatusCode);
        var version = JsonNode.Parse(await versionResponse.Content.ReadAsStringAsync(cancellationToken))!;
        Assert.Equal(publication.Tags.Order(), version["_embedded"]!["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Order());
        Assert.Equal([publication.Branch], version["_embedded"]!["branchVersions"]!.AsArray().Select(b => b!["name"]!.GetValue<string>()));
        foreach (var provider in publication.Providers)
        {
            using var pactResponse = await client.GetAsync(publication.PactPath(provider), cancellationToken);
            Assert.True(pactResponse.StatusCode == HttpStatusCode.OK, $"{name}: the pact with {provider} is missing");
            var served = JsonNode.Parse(await pactResponse.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
            Assert.True(JsonNode.DeepEquals(publication.Pact(provider), AsPublished(served)), $"{name}: the pact with {provider} differs: {served.ToJsonString()}");
        }

        return true;
    }

    // The served pact without what the broker adds: links, the publication time and the interactions' ids.
    private static JsonObject AsPublished(JsonObject served)
    {
        var pact = served.DeepClone().AsObject();
        pact.Remove("_links");
        pact.Remove("createdAt");
        foreach (var interaction in pact["interactions"]!.AsArray())
        {
            interaction!.AsObject().Remove("_id");
        }

        return pact;
    }
}
