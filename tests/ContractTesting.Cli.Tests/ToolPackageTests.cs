using System.Diagnostics;
using ContractTesting.Cli.Tests.Support;
using ContractTesting.TestSupport;

namespace ContractTesting.Cli.Tests;

/// <summary>The CLI as users get it: packed as a dotnet tool, installed with --tool-path, run as <c>contract</c>.</summary>
public sealed class ToolPackageTests
{
    [Fact]
    public async Task Pack_InstalledTool_RunsAsContract()
    {
        using var folder = new TempFolder();
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/', '\\'))!);
        var packages = Path.Combine(folder.Path, "packages");
        var tools = Path.Combine(folder.Path, "tools");

        await RunAsync("dotnet", folder.Path, "pack", Path.Combine(RepositoryLayout.Root, "src/ContractTesting.Cli"), "-c", configuration, "--no-build", "-o", packages);
        await RunAsync("dotnet", folder.Path, "tool", "install", "ContractTesting.Cli", "--version", ContractCli.Version, "--tool-path", tools, "--add-source", packages, "--ignore-failed-sources");
        var help = await RunAsync(Path.Combine(tools, OperatingSystem.IsWindows() ? "contract.exe" : "contract"), folder.Path, "--help");

        Assert.Contains("Usage: contract <COMMAND>", help, StringComparison.Ordinal);
        Assert.Contains("can-i-deploy", help, StringComparison.Ordinal);
    }

    private static async Task<string> RunAsync(string file, string folder, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A package cache of the test's own, so no earlier build of the same version is installed from the machine's.
        start.Environment["NUGET_PACKAGES"] = Path.Combine(folder, "cache");
        using var process = Process.Start(start)!;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromMinutes(3));
        var output = process.StandardOutput.ReadToEndAsync(limit.Token);
        var error = process.StandardError.ReadToEndAsync(limit.Token);
        await process.WaitForExitAsync(limit.Token);
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{await output}\n{await error}");
        return await output;
    }
}
