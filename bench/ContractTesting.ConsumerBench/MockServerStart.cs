using System.Diagnostics;
using ContractTesting.Mocking;

namespace ContractTesting.ConsumerBench;

/// <summary>How long a mock server takes to start (until it accepts connections) for a one-interaction pact.</summary>
internal static class MockServerStart
{
    private const int WarmUp = 20;

    public static async Task<int> RunAsync(int count)
    {
        var pact = BenchPact.Create(1);
        var samples = new List<double>(count);
        for (var i = 0; i < WarmUp + count; i++)
        {
            var clock = Stopwatch.StartNew();
            var server = await MockServer.StartAsync(pact);
            clock.Stop();
            await server.DisposeAsync();
            if (i >= WarmUp)
            {
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        Report.Line(new
        {
            implementation = "ContractTesting",
            servers = count,
            medianMs = samples[samples.Count / 2],
            meanMs = samples.Average(),
        });
        return 0;
    }
}
