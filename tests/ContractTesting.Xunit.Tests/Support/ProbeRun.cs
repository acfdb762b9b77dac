using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ContractTesting.Xunit.Tests.Support;

/// <summary>
/// Runs tests/ContractTesting.Xunit.Probe (built and copied beside these tests through a project reference) with
/// xunit's own in-process runner, and reads the results it writes in xunit's XML format.
/// </summary>
internal static class ProbeRun
{
    /// <summary>One test's result: its display name, <c>Pass</c>, <c>Fail</c> or <c>Skip</c>, the failure message or skip reason, and its output.</summary>
    public sealed record TestResult(string Name, string Result, string Message, string Output);

    public static async Task<IReadOnlyList<TestResult>> RunAsync(bool preEnumerateTheories, CancellationToken cancellationToken)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "ContractTesting.Xunit.Probe.dll");
        Assert.True(File.Exists(probe), $"The probe '{probe}' is missing; it is built through the project reference to tests/ContractTesting.Xunit.Probe.");
        using var folder = new TempFolder();
        var results = Path.Combine(folder.Path, "results.xml");
        var start = new ProcessStartInfo(DotnetHost()) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "exec", probe, "-noLogo", "-noColor", "-xml", results }.Concat(preEnumerateTheories ? ["-preEnumerateTheories"] : []))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The probe did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.True(File.Exists(results), $"The probe wrote no results (exit code {process.ExitCode}):\n{await output}\n{await errors}");
        return [.. XDocument.Load(results).Descendants("test").Select(t => new TestResult(
            t.Attribute("name")!.Value,
            t.Attribute("result")!.Value,
            Unescape((t.Element("failure")?.Element("message") ?? t.Element("reason"))?.Value ?? string.Empty),
            t.Element("output")?.Value ?? string.Empty))];
    }

    // xunit's XML writes quotes and backslashes in messages escaped with a backslash.
    private static string Unescape(string message) => Regex.Replace(message, @"\\([""\\])", "$1");

    // The muxer that runs these tests: the SDK says where it is when it starts them; otherwise dotnet on the PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host
        : Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? self
        : "dotnet";
}
