using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ContractTesting.VerifierBench;

/// <summary>
/// The reference implementation's <c>pact verifier</c> run as a child process against the Kestrel provider, setting
/// states through its state-change endpoint (with teardown), killed when it takes longer than the limit.
/// </summary>
internal static class ReferenceVerifier
{
    public static async Task<ReferenceRun> RunAsync(string binary, string pactFile, BenchProvider provider, TimeSpan limit, string report)
    {
        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            "verifier",
            "--file", pactFile,
            "--hostname", provider.BaseUrl.Host,
            "--port", provider.BaseUrl.Port.ToString(CultureInfo.InvariantCulture),
            "--provider-name", VerifierPact.Provider,
            "--state-change-url", provider.StateChangeUrl.ToString(),
            "--state-change-teardown",
            "--no-colour",
            "--json", report,
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PACT_DO_NOT_TRACK"] = "true";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{binary}'.");
        var output = new StringBuilder();
        var reading = Task.WhenAll(PumpAsync(process.StandardOutput, output), PumpAsync(process.StandardError, output));
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            var seconds = clock.Elapsed.TotalSeconds;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            await reading;
            return new ReferenceRun(Finished: false, ExitCode: null, seconds, Tail(output));
        }

        clock.Stop();
        await reading;
        return new ReferenceRun(Finished: true, process.ExitCode, clock.Elapsed.TotalSeconds, Tail(output));
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder into)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (into)
            {
                into.AppendLine(line);
            }
        }
    }

    private static string Tail(StringBuilder output)
    {
        lock (output)
        {
            var text = output.ToString();
            return text.Length <= 2000 ? text : "…" + text[^2000..];
        }
    }
}
