namespace ContractTesting.BrokerBench;

/// <summary>How many requests each measurement sends (fewer for the smoke shape).</summary>
internal sealed record BenchSettings(int WarmUp, int Samples, int SequentialPublishes, int ConcurrentPublishes, int Concurrency)
{
    public static BenchSettings For(HistoryShape shape) => shape == HistoryShape.Smoke
        ? new BenchSettings(WarmUp: 5, Samples: 30, SequentialPublishes: 30, ConcurrentPublishes: 30, Concurrency: 4)
        : new BenchSettings(WarmUp: 30, Samples: 300, SequentialPublishes: 150, ConcurrentPublishes: 300, Concurrency: 8);
}
