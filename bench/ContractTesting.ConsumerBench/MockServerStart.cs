using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using ContractTesting.Mocking;

namespace ContractTesting.ConsumerBench;

/// <summary>
/// How long a mock server takes to start for a one-interaction pact, after a warm-up: until <see cref="MockServer.StartAsync"/>
/// returns (it accepts connections then), and until it has also answered one request over a new connection, sent and
/// read on a raw socket so that no HTTP client's cost is in the figure (bench/reference/mock-start.mjs does the same).
/// </summary>
internal static class MockServerStart
{
    private const int WarmUp = 20;

    public static async Task<int> RunAsync(int count)
    {
        var pact = BenchPact.Create(1);
        var started = new List<double>(count);
        var answered = new List<double>(count);
        for (var i = 0; i < WarmUp + count; i++)
        {
            var clock = Stopwatch.StartNew();
            var server = await MockServer.StartAsync(pact);
            var startMs = clock.Elapsed.TotalMilliseconds;
            await server.DisposeAsync();

            clock.Restart();
            server = await MockServer.StartAsync(pact);
            var response = await GetAsync(server.BaseUri);
            var answeredMs = clock.Elapsed.TotalMilliseconds;
            await server.DisposeAsync();
            if (!response.StartsWith("HTTP/1.1 200", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The mock server answered {response.Split("\r\n")[0]}.");
            }

            if (i >= WarmUp)
            {
                started.Add(startMs);
                answered.Add(answeredMs);
            }
        }

        Report.Line(new
        {
            implementation = "ContractTesting",
            servers = count,
            medianMs = Median(started),
            meanMs = started.Average(),
            firstResponseMedianMs = Median(answered),
        });
        return 0;
    }

    // GET /users/0 with Connection: close, read until the server closes the connection.
    private static async Task<string> GetAsync(Uri server)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(server.Host, server.Port);
        var request = string.Create(CultureInfo.InvariantCulture,
            $"GET /users/0 HTTP/1.1\r\nHost: {server.Authority}\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
        await socket.SendAsync(Encoding.ASCII.GetBytes(request));
        var text = new StringBuilder();
        var buffer = new byte[4096];
        int read;
        while ((read = await socket.ReceiveAsync(buffer)) > 0)
        {
            text.Append(Encoding.Latin1.GetString(buffer, 0, read));
        }

        return text.ToString();
    }

    private static double Median(List<double> samples)
    {
        samples.Sort();
        return samples[samples.Count / 2];
    }
}
