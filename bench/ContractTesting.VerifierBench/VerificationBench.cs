using Newtonsoft.Json;

namespace ContractTesting.VerifierBench;

/// <summary>
/// One size of the provider-verification benchmark, in a fresh process: write the pact, start the provider, then
/// verify it with our verifier (over HTTP first, so that figure includes the JIT's first compilations as a test run's
/// would; in memory; both again, warm; over HTTP with in-process states) and with the reference verifier, back to back.
/// Prints one JSON line.
/// </summary>
internal static class VerificationBench
{
    public static async Task<int> RunAsync(int count, string folder, string? referenceBinary, TimeSpan referenceLimit)
    {
        Directory.CreateDirectory(folder);
        var pactFile = Path.Combine(folder, $"{VerifierPact.Consumer}-{VerifierPact.Provider}-{count}.json");
        VerifierPact.Write(count, pactFile);
        await using var provider = await BenchProvider.StartAsync();

        var httpFirst = await OurVerifier.RunAsync(VerifierMode.Http, pactFile, count, provider);
        var memoryFirst = await OurVerifier.RunAsync(VerifierMode.Memory, pactFile, count, provider);
        var http = await OurVerifier.RunAsync(VerifierMode.Http, pactFile, count, provider);
        var memory = await OurVerifier.RunAsync(VerifierMode.Memory, pactFile, count, provider);
        var httpInProcessStates = await OurVerifier.RunAsync(VerifierMode.HttpInProcessStates, pactFile, count, provider);
        var reference = referenceBinary is null ? null : await RunReferenceAsync(referenceBinary, pactFile, count, provider, referenceLimit, folder);

        Console.WriteLine(JsonConvert.SerializeObject(new
        {
            interactions = count,
            ours = new
            {
                httpFirst = Json(httpFirst),
                memoryFirst = Json(memoryFirst),
                http = Json(http),
                memory = Json(memory),
                httpInProcessStates = Json(httpInProcessStates),
            },
            reference,
        }));
        return 0;
    }

    private static object Json(OurRun run) => new { seconds = run.Seconds, cpuSeconds = run.CpuSeconds };

    private static async Task<object> RunReferenceAsync(string binary, string pactFile, int count, BenchProvider provider, TimeSpan limit, string folder)
    {
        provider.Store.ResetCounts();
        var run = await ReferenceVerifier.RunAsync(binary, pactFile, provider, limit, Path.Combine(folder, $"reference-report-{count}.json"));
        var setUps = provider.Store.SetUps;
        if (!run.Finished)
        {
            // How far it got: the states it had set up when it was stopped.
            return new { finished = false, limitSeconds = limit.TotalSeconds, statesSetUp = setUps };
        }

        if (run.ExitCode != 0 || setUps != count || provider.Store.TearDowns != count)
        {
            throw new InvalidOperationException(
                $"The reference verifier did not verify the {count} interactions: exit code {run.ExitCode}, {setUps} states set up, " +
                $"{provider.Store.TearDowns} torn down.\n{run.OutputTail}");
        }

        return new { finished = true, seconds = run.Seconds, statesSetUp = setUps };
    }
}
