using System.Diagnostics;
using ContractTesting.BrokerClient;
using ContractTesting.Cli.Tests.Support;

namespace ContractTesting.Cli.Tests.Commands;

/// <summary><c>contract publish</c> against the real broker on SQLite.</summary>
public sealed class PublishCommandTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private TestBrokers _broker = null!;

    public async ValueTask InitializeAsync() => _broker = await TestBrokers.StartAsync();

    public async ValueTask DisposeAsync()
    {
        await _broker.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Run_FolderWithBranchAndTags_PublishesTheVersionAndPrintsTheNotices()
    {
        _folder.File("pacts/Web-Users.json", TestPacts.WebUsers());

        var result = await ContractRun.RunAsync("publish", Path.Combine(_folder.Path, "pacts"), "-a", "1.0.0", "--branch", "feat/x", "-t", "dev,ci", "-b", _broker.Url);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Pact successfully published for Web version 1.0.0 and provider Users.", result.Out, StringComparison.Ordinal);
        var version = await Client().DescribeVersionAsync("Web", "1.0.0", cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotNull(version);
        Assert.Equal(["feat/x"], version.Branches);
        Assert.Equal(["ci", "dev"], version.Tags.Order());
    }

    [Fact]
    public async Task Run_ChangedContentForThePublishedVersion_ExitsOneWithTheBrokersReason()
    {
        var pact = _folder.File("Web-Users.json", TestPacts.WebUsers());
        await ContractRun.RunAsync("publish", pact, "-a", "1.0.0", "-b", _broker.Url);
        File.WriteAllText(pact, TestPacts.WebUsers(name: "Grace"));

        var result = await ContractRun.RunAsync("publish", pact, "-a", "1.0.0", "-b", _broker.Url);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("409", result.Error, StringComparison.Ordinal);
        Assert.Contains("Cannot change the content of the pact", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AutoDetect_TakesTheCommitAndBranchFromGit()
    {
        var git = new TempFolder();
        var pact = git.File("pacts/Web-Users.json", TestPacts.WebUsers());
        await GitAsync(git.Path, "init", "-q", "-b", "feature/login");
        await GitAsync(git.Path, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "first");
        var commit = (await GitAsync(git.Path, "rev-parse", "HEAD")).Trim();

        var result = await new ContractRun { WorkingDirectory = git.Path }.RunInAsync("publish", "pacts", "-r", "-b", _broker.Url);

        Assert.Equal(0, result.ExitCode);
        var version = await Client().DescribeVersionAsync("Web", commit, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(["feature/login"], version?.Branches);
        git.Dispose();
    }

    [Fact]
    public async Task Run_NoVersion_ExplainsAndExitsTwo()
    {
        var pact = _folder.File("Web-Users.json", TestPacts.WebUsers());

        var result = await ContractRun.RunAsync("publish", pact, "-b", _broker.Url);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'-a/--consumer-app-version <VERSION>' is required", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingFile_ExplainsAndExitsTwo()
    {
        var result = await ContractRun.RunAsync("publish", Path.Combine(_folder.Path, "nope.json"), "-a", "1", "-b", _broker.Url);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a file or a folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InvalidPact_ExitsOneNamingTheFile()
    {
        var pact = _folder.File("broken.json", """{"consumer": {"name": "Web"}}""");

        var result = await ContractRun.RunAsync("publish", pact, "-a", "1", "-b", _broker.Url);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.json", result.Error, StringComparison.Ordinal);
    }

    private PactBrokerClient Client() => new(new PactBrokerOptions { BaseUrl = _broker.Broker.BaseAddress });

    private static async Task<string> GitAsync(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', args)} failed: {await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)}");
        return output;
    }
}
