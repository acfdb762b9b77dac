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
    public async Task Run_WithUsersAndToken_AuthenticatesEveryRequest()
    {
        var cli = new ContractRun { WorkingDirectory = _folder.Path };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var running = cli.StartAsync(stop.Token, "broker", "--port", "0", "--database", "broker.sqlite",
            "--basic-auth-username", "ci", "--basic-auth-password", "secret", "--basic-auth-read-only-username", "viewer",
            "--basic-auth-read-only-password", "look", "--token", "t0ken");
        var url = BaseUrl().Match(await cli.WaitForOutputAsync("Press Ctrl+C", running)).Value;
        var pact = _folder.File("Web-Users.json", TestPacts.WebUsers());

        var anonymous = await ContractRun.RunAsync("publish", pact, "-a", "1.0.0", "-b", url);
        var readOnly = await ContractRun.RunAsync("publish", pact, "-a", "1.0.0", "-b", url, "-u", "viewer", "-p", "look");
        var writer = await ContractRun.RunAsync("publish", pact, "-a", "1.0.0", "-b", url, "-u", "ci", "-p", "secret");
        var reader = await ContractRun.RunAsync("describe-version", "-a", "Web", "-b", url, "-u", "viewer", "-p", "look");
        var token = await ContractRun.RunAsync("describe-version", "-a", "Web", "-b", url, "-k", "t0ken");
        await stop.CancelAsync();
        await running;

        Assert.Equal(1, anonymous.ExitCode);
        Assert.Contains("401", anonymous.Error, StringComparison.Ordinal);
        Assert.Equal(1, readOnly.ExitCode);
        Assert.Contains("403", readOnly.Error, StringComparison.Ordinal);
        Assert.Equal(0, writer.ExitCode);
        Assert.Equal(0, reader.ExitCode);
        Assert.Equal(0, token.ExitCode);
    }

    [Fact]
    public async Task Run_PasswordWithoutUser_ExplainsAndExitsTwo()
    {
        var result = await ContractRun.RunAsync("broker", "--port", "0", "--basic-auth-username", "ci");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("password", result.Error, StringComparison.OrdinalIgnoreCase);
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
