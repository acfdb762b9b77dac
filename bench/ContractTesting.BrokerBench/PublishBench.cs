using System.Diagnostics;

namespace ContractTesting.BrokerBench;

/// <summary>
/// Publishes new consumer versions on main as the CLI does: one <c>POST /contracts/publish</c> per consumer and
/// provider, so a version with three providers is three requests; the content is that of the version's step (it
/// changes every tenth version, like the history's). Run one at a time, then from several clients at once.
/// </summary>
internal sealed class PublishBench(BrokerClient client, HistoryShape shape)
{
    /// <summary>Publishes <paramref name="count"/> pacts, starting at step <paramref name="firstStep"/>, from <paramref name="clients"/> clients.</summary>
    public async Task<PublishResult> RunAsync(int firstStep, int count, int clients, CancellationToken cancellationToken)
    {
        var next = -1;
        var times = new List<double>();
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var start = Stopwatch.GetTimestamp();
                await PublishAsync(firstStep, i, cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                lock (times)
                {
                    times.Add(elapsed);
                }
            }
        }));
        var seconds = stopwatch.Elapsed.TotalSeconds;
        return new PublishResult(clients, count, Math.Round(count / seconds, 1), Latency.Of(times));
    }

    /// <summary>The steps that <paramref name="count"/> publications take.</summary>
    public int Steps(int count) => (count / HistoryShape.ProvidersPerConsumer / shape.Consumers) + 1;

    private async Task PublishAsync(int firstStep, int i, CancellationToken cancellationToken)
    {
        var version = i / HistoryShape.ProvidersPerConsumer;
        var consumer = version % shape.Consumers;
        var step = firstStep + (version / shape.Consumers);
        var provider = shape.ProvidersOf(consumer).ElementAt(i % HistoryShape.ProvidersPerConsumer);
        var (consumerName, providerName) = (HistoryShape.ConsumerName(consumer), HistoryShape.ProviderName(provider));
        var pact = BenchPacts.Pact(consumerName, providerName, $"main-{step / 10}");
        var body = BenchPacts.PublishRequest(consumerName, HistoryShape.VersionNumber(consumerName, step), "main", pact);
        await client.PostAsync("/contracts/publish", body, cancellationToken);
    }
}

/// <summary>Publish throughput and the latency of each publication.</summary>
internal sealed record PublishResult(int Clients, int Publications, double PerSecond, Latency Latency);
