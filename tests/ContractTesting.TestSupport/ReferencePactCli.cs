using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace ContractTesting.TestSupport;

/// <summary>
/// The reference Pact implementation's command-line tool (<c>pact</c>, from the npm package
/// <c>@pact-foundation/pact-cli</c> pinned in <c>tools/pact-cli</c>), run as a child process.
/// </summary>
public static class ReferencePactCli
{
    /// <summary>The path of the <c>pact</c> binary for this platform (it may not exist).</summary>
    public static string BinaryPath { get; } = Locate();

    /// <summary>Skips the test (fails it under CI) when the CLI is not installed.</summary>
    public static void Require() => RequiredEnvironment.Require(File.Exists(BinaryPath),
        $"The reference pact CLI is not installed at '{BinaryPath}': run 'npm ci --prefix tools/pact-cli' (build.ps1 Test does).");

    /// <summary>Runs <c>pact</c> with the arguments and returns its exit code and output.</summary>
    /// <exception cref="TimeoutException">It did not finish in time (it is killed).</exception>
    public static async Task<ProcessResult> RunAsync(IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Require();
        var start = new ProcessStartInfo(BinaryPath)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryLayout.Root,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The reference tool reports usage unless told not to, and must reach only what the test gives it.
        start.Environment["PACT_DO_NOT_TRACK"] = "true";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{BinaryPath}'.");
        var output = new StringBuilder();
        var error = new StringBuilder();
        var reading = Task.WhenAll(Pump(process.StandardOutput, output), Pump(process.StandardError, error));
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"pact {string.Join(' ', start.ArgumentList)} did not finish within {timeout.TotalSeconds:0} s.\n{output}\n{error}");
        }

        await reading.ConfigureAwait(false);
        return new ProcessResult(process.ExitCode, output.ToString(), error.ToString());
    }

    private static async Task Pump(StreamReader reader, StringBuilder into)
    {
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            lock (into)
            {
                into.AppendLine(line);
            }
        }
    }

    private static string Locate()
    {
        var platform = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "windows"
            : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "darwin"
            : "linux";
        var architecture = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
        var binary = platform == "windows" ? "pact.exe" : "pact";
        return Path.Combine(RepositoryLayout.Root, "tools", "pact-cli", "node_modules", "@pact-foundation",
            $"pact-cli-{platform}-{architecture}", "standalone", binary);
    }
}
