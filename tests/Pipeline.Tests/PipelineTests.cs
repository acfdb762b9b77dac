using System.Diagnostics;
using System.Text;
using ContractTesting.TestSupport;

namespace Pipeline.Tests;

/// <summary>
/// The gate must be able to say no: with a breaking change in UserService (a renamed field), build.ps1's pipeline
/// fails its verification, publishes the failure, and can-i-deploy answers no, naming the interaction that broke.
/// </summary>
public sealed class PipelineTests
{
    [Fact]
    public async Task Pipeline_UserServiceRenamesAField_VerificationFailsAndTheGateSaysNo()
    {
        var cli = Path.Combine(RepositoryLayout.Root, "src", "ContractTesting.Cli", "bin", "Release", "net10.0", "contract.dll");
        RequiredEnvironment.Require(File.Exists(cli), $"The pipeline runs the built CLI, which is missing at '{cli}': build the solution in Release first.");

        var (exitCode, output) = await RunPipelineAsync(new() { ["CONTRACTTESTING_BREAK_USERSERVICE"] = "renamed-field" });

        Assert.True(exitCode != 0, $"The pipeline passed with a broken UserService.\n{output}");
        Assert.Contains("Verification failed: OrderService → UserService: \"a request for user 1\"", output, StringComparison.Ordinal);
        Assert.Contains("createdAt", output, StringComparison.Ordinal);
        Assert.Contains("Computer says no", output, StringComparison.Ordinal);
        Assert.Contains("Gate's verdict: NO (can-i-deploy: this OrderService with this UserService)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Record the deployment", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunPipelineAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryLayout.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "pwsh", "-NoLogo", "-NoProfile", "-File", "build.ps1", "Pipeline", "-NoBuild" })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var reading = Task.WhenAll(Pump(process.StandardOutput, output), Pump(process.StandardError, output));
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        await reading;
        var text = output.ToString();
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        RequiredEnvironment.Require(!text.Contains("Run \"dotnet tool restore\"", StringComparison.Ordinal), "PowerShell is not restored: run 'dotnet tool restore'.");
        return (process.ExitCode, text);
    }

    private static async Task Pump(StreamReader reader, StringBuilder into)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (into)
            {
                into.AppendLine(line);
            }
        }
    }
}
