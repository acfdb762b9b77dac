using System.Text.RegularExpressions;
using ContractTesting.Cli.Tests.Support;

namespace ContractTesting.Cli.Tests.Commands;

/// <summary><c>contract broker</c> running on an SQLite file until cancelled, and the broker commands against it.</summary>
public sealed partial class BrokerCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Run_SqliteFile_ServesTheApiUntilCancelled()
    {
        var cli = new ContractRun { WorkingDirectory = _folder.Path };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        Directory.CreateDirectory(Path.Combine(_folder.Path, "data"));
        var running = cli.StartAsync(stop.Token, "broker", "--port", "0", "--database", "data/broker.sqlite");
        var url = BaseUrl().Match(await cli.WaitForOutputAsync("Press Ctrl+C", running)).Value;
        var pact = _folder.File("Web-Users.json", TestPacts.WebUsers());

        var published = await ContractRun.RunAsync("publish", pact, "-a", "1.0.0", "-b", url);
        var described = await ContractRun.RunAsync("describe-version", "-a", "Web", "-b", url, "-o", "json");
        await stop.CancelAsync();
        var exitCode = await running;

        Assert.Equal(0, published.ExitCode);
        Assert.Contains("\"number\": \"1.0.0\"", described.Out, StringComparison.Ordinal);
        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(Path.Combine(_folder.Path, "data/broker.sqlite")));
        Assert.Contains("Broker stopped.", cli.Out.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UrlsWithPort_ExplainsAndExitsTwo()
    {
        var result = await ContractRun.RunAsync("broker", "--urls", "http://127.0.0.1:0", "--port", "1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'--urls' cannot be combined", result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex BaseUrl();
}
