using System.Diagnostics;

namespace ContractTesting.BrokerBench;

/// <summary>Latency percentiles of a series of requests, in milliseconds.</summary>
internal sealed record Latency(int Requests, double P50Ms, double P95Ms, double MaxMs)
{
    /// <summary>Runs <paramref name="warmUp"/> requests unmeasured, then <paramref name="samples"/> one after another.</summary>
    public static async Task<Latency> MeasureAsync(int warmUp, int samples, Func<int, Task> request)
    {
        for (var i = 0; i < warmUp; i++)
        {
            await request(i);
        }

        var times = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await request(warmUp + i);
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        return Of(times);
    }

    public static Latency Of(List<double> times)
    {
        times.Sort();
        return new Latency(times.Count, Percentile(times, 0.50), Percentile(times, 0.95), times[^1]);
    }

    // Nearest rank: the smallest sample that at least the fraction of samples are no greater than.
    private static double Percentile(List<double> sorted, double fraction) =>
        Math.Round(sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Count) - 1)], 3);
}
