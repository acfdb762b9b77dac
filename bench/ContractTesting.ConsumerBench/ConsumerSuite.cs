using System.Diagnostics;
using System.Globalization;
using System.Net;
using ContractTesting.Mocking;
using ContractTesting.PactFiles;

namespace ContractTesting.ConsumerBench;

/// <summary>
/// A consumer test suite of N tests with one interaction each, run one after another as a test runner would: define the
/// interaction, start a mock server, call it, verify, and write the pact. The clock stops once the pact file is complete.
/// Port-less, the mock server is the in-memory handler instead of Kestrel: what the suite costs without a socket.
/// </summary>
internal static class ConsumerSuite
{
    public static async Task<int> RunAsync(int count, string directory, bool portless)
    {
        var options = new ContractOptions
        {
            PactDirectory = directory,
            FileMode = PactFileMode.FreshRun,
            MockServer = new MockServerOptions { UseKestrel = !portless },
        };
        var clock = Stopwatch.StartNew();
        var half = TimeSpan.Zero;
        for (var i = 0; i < count; i++)
        {
            if (i == count / 2)
            {
                half = clock.Elapsed;
            }

            await RunTestAsync(options, i);
        }

        var tests = clock.Elapsed;
        await Contract.WritePactFilesAsync();
        clock.Stop();
        Report.Line(new
        {
            implementation = "ContractTesting",
            mockServer = portless ? "port-less" : "Kestrel",
            interactions = count,
            seconds = clock.Elapsed.TotalSeconds,
            msPerInteraction = clock.Elapsed.TotalMilliseconds / count,
            writeSeconds = (clock.Elapsed - tests).TotalSeconds,
            // The tests of the second half, without writing: what a test costs once the JIT has compiled the code.
            secondHalfMsPerTest = (tests - half).TotalMilliseconds / (count - (count / 2)),
        });
        return 0;
    }

    private static async Task RunTestAsync(ContractOptions options, int i)
    {
        using var pact = Contract.Between("BenchConsumer", "BenchProvider", options);
        pact.UponReceiving($"a request for user {i}")
            .Given("user exists", new { id = i })
            .WithRequest(HttpMethod.Get, $"/users/{i}")
            .WithHeader("Accept", "application/json")
            .WillRespond()
            .WithStatus(HttpStatusCode.OK)
            .WithJsonBody(new { id = Match.WholeNumber(i), name = Match.Type("Ada"), email = Match.Regex("ada@example.com", @"^[^@\s]+@[^@\s]+\.[^@\s]+$") });

        await pact.VerifyAsync(async context =>
        {
            // As a consumer test would: a client of the code under test, pointed at this test's mock server (a new
            // HttpClient over the network, or the mock server's in-memory handler when there is no port).
            using var client = options.MockServer.UseKestrel ? new HttpClient { BaseAddress = context.MockServerUri } : context.CreateHttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, "users/" + i.ToString(CultureInfo.InvariantCulture));
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"The mock server answered {(int)response.StatusCode}.");
            }

            _ = await response.Content.ReadAsStringAsync();
        });
    }
}
