using System.Diagnostics;
using ContractTesting.PactFiles;

namespace ContractTesting.Tests.Support;

/// <summary>
/// Runs tests/PactMergeProbe (built and copied beside the tests through a project reference) as a child process that
/// writes interactions into a pact file, so that tests can check the cross-process lock and writing at exit with real processes.
/// </summary>
internal static class PactMergeProbeProcess
{
    /// <summary>Starts a probe that merges <paramref name="count"/> interactions "prefix 0", "prefix 1", … one call each.</summary>
    public static Process Start(string pactFile, string prefix, int count, PactFileMode mode, string? runId = null) =>
        Run(["merge", pactFile, prefix, count.ToString(System.Globalization.CultureInfo.InvariantCulture), mode.ToString()], runId);

    /// <summary>
    /// Starts a probe that runs <paramref name="count"/> consumer tests "prefix 0", "prefix 1", … and exits without writing
    /// the pact itself; with <paramref name="conflict"/> it then changes "prefix 0" in the file as another process could.
    /// </summary>
    public static Process StartConsumer(string pactFile, string prefix, int count, PactFileMode mode, bool conflict = false) =>
        Run(["consumer", pactFile, prefix, count.ToString(System.Globalization.CultureInfo.InvariantCulture), mode.ToString(), .. conflict ? ["conflict"] : Array.Empty<string>()], null);

    private static Process Run(string[] arguments, string? runId)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "PactMergeProbe.dll");
        Assert.True(File.Exists(probe), $"The probe '{probe}' is missing; it is built through the project reference to tests/PactMergeProbe.");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", probe }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // Without a shared run id each probe is a test run of its own.
        if (runId is null)
        {
            start.Environment.Remove("CONTRACTTESTING_RUN_ID");
        }
        else
        {
            start.Environment["CONTRACTTESTING_RUN_ID"] = runId;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The probe process did not start.");
    }

    /// <summary>Waits for the probe to exit and asserts that it succeeded, showing what it wrote to stderr if not.</summary>
    public static async Task AssertSucceedsAsync(Process process, CancellationToken cancellationToken)
    {
        var (exitCode, errors) = await WaitAsync(process, cancellationToken);
        Assert.True(exitCode == 0, $"The probe exited with {exitCode}:\n{errors}");
    }

    /// <summary>Waits for the probe to exit; returns its exit code and what it wrote to stderr and stdout.</summary>
    public static async Task<(int ExitCode, string Errors)> WaitAsync(Process process, CancellationToken cancellationToken)
    {
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await errors + await output);
    }

    // The muxer that runs these tests: the SDK says where it is when it starts them; otherwise dotnet on the PATH.
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? self
            : "dotnet";
    }
}
