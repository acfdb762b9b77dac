using System.Diagnostics;
using ContractTesting.PactFiles;

namespace ContractTesting.Tests.Support;

/// <summary>
/// Runs tests/PactMergeProbe (built and copied beside the tests through a project reference) as a child process that
/// merges interactions into a pact file, so that tests can check the cross-process lock with real processes.
/// </summary>
internal static class PactMergeProbeProcess
{
    /// <summary>Starts a probe that merges <paramref name="count"/> interactions "prefix 0", "prefix 1", … one call each.</summary>
    public static Process Start(string pactFile, string prefix, int count, PactFileMode mode, string? runId = null)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "PactMergeProbe.dll");
        Assert.True(File.Exists(probe), $"The probe '{probe}' is missing; it is built through the project reference to tests/PactMergeProbe.");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", probe, pactFile, prefix, count.ToString(System.Globalization.CultureInfo.InvariantCulture), mode.ToString() })
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
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        Assert.True(process.ExitCode == 0, $"The probe exited with {process.ExitCode}:\n{await errors}\n{await output}");
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
