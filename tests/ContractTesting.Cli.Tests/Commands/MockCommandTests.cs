using System.Text.RegularExpressions;
using ContractTesting.Cli.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Cli.Tests.Commands;

/// <summary><c>contract mock</c> serving a pact file until it is cancelled (Ctrl+C).</summary>
public sealed partial class MockCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_PactFile_AnswersItsInteractionsAnd500ForOthersUntilCancelled()
    {
        var pact = _folder.File("Web-Users.json", TestPacts.WebUsers());
        var cli = new ContractRun();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var running = cli.StartAsync(stop.Token, "mock", pact);
        var url = new Uri(BaseUrl().Match(await cli.WaitForOutputAsync("Press Ctrl+C", running)).Value);
        using var http = new HttpClient { BaseAddress = url };

        var user = await http.GetStringAsync(new Uri("users/1", UriKind.Relative), TestContext.Current.CancellationToken);
        using var other = await http.GetAsync(new Uri("orders", UriKind.Relative), TestContext.Current.CancellationToken);
        await cli.WaitForOutputAsync("GET /orders", running);
        await stop.CancelAsync();
        var exitCode = await running;

        Assert.Equal("Ada", (string?)JObject.Parse(user)["name"]);
        Assert.Equal(500, (int)other.StatusCode);
        Assert.Equal(0, exitCode);
        Assert.Contains("GET /users/1 → matched", cli.Out.Text, StringComparison.Ordinal);
        Assert.Contains("GET /orders → 500 Unexpected request", cli.Out.Text, StringComparison.Ordinal);
        Assert.Contains("Stopped after 2 request(s), 1 of them unmatched.", cli.Out.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoPactForTheProvider_ExitsOne()
    {
        var pact = _folder.File("Web-Users.json", TestPacts.WebUsers());

        var result = await ContractRun.RunAsync("mock", pact, "--provider", "Billing");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no HTTP interactions with provider 'Billing'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_HostNameInsteadOfAddress_ExplainsAndExitsTwo()
    {
        var pact = _folder.File("Web-Users.json", TestPacts.WebUsers());

        var result = await ContractRun.RunAsync("mock", pact, "--host", "localhost");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("must be an IP address", result.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex BaseUrl();
}
