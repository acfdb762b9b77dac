using ContractTesting.Mocking;
using ContractTesting.PactFiles;

namespace ContractTesting.ConsumerBench;

/// <summary>Serves a pact file on 127.0.0.1 for a load generator, until standard input closes.</summary>
internal static class MockServerHost
{
    public static async Task<int> RunAsync(string file)
    {
        await using var server = await MockServer.StartAsync(PactFile.Read(file));
        Report.Line(new { url = server.BaseUri });
        await Console.In.ReadToEndAsync();
        return 0;
    }
}
