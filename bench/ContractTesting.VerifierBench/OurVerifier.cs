using System.Diagnostics;
using ContractTesting.Sources;
using ContractTesting.Verification;

namespace ContractTesting.VerifierBench;

/// <summary>Our verifier, timed from <see cref="ProviderVerifier.For(string, Uri, VerifierOptions?)"/> to its result, with the pact read from its file.</summary>
internal static class OurVerifier
{
    public static async Task<OurRun> RunAsync(VerifierMode mode, string pactFile, int expected, BenchProvider provider)
    {
        provider.Store.ResetCounts();
        var output = new CountingOutput();
        var options = new VerifierOptions { Output = output, Filter = InteractionFilter.None };
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var verifier = mode switch
        {
            VerifierMode.Http => ProviderVerifier.For(VerifierPact.Provider, provider.BaseUrl, options)
                .WithStateChangeUrl(provider.StateChangeUrl, new StateChangeUrlOptions { Teardown = true }),
            VerifierMode.HttpInProcessStates => ProviderVerifier.For(VerifierPact.Provider, provider.BaseUrl, options).WithStates(provider.States),
            VerifierMode.Memory => ProviderVerifier.For(VerifierPact.Provider, provider.CreateInMemoryHandler(), options: options).WithStates(provider.States),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
        };
        var result = await verifier.VerifyAsync(PactSource.File(pactFile));
        clock.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;

        // A fast failure is not a result: every interaction must have passed, each with its state set up and torn down.
        var verified = result.Interactions.Count();
        if (!result.Passed || verified != expected || provider.Store.SetUps != expected || provider.Store.TearDowns != expected || provider.Store.Count != 0)
        {
            throw new InvalidOperationException(
                $"Our verifier ({mode}) did not verify the {expected} interactions: {verified} verified, {provider.Store.SetUps} states set up, " +
                $"{provider.Store.TearDowns} torn down, {provider.Store.Count} left.\n{Shorten(result.Summary)}");
        }

        return new OurRun(clock.Elapsed.TotalSeconds, cpuSeconds);
    }

    private static string Shorten(string text) => text.Length <= 3000 ? text : text[..3000] + "…";
}
