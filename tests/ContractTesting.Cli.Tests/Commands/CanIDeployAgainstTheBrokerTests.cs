using System.Net.Http.Json;
using ContractTesting.Cli.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Cli.Tests.Commands;

/// <summary>
/// <c>contract can-i-deploy</c> and <c>contract can-i-merge</c> against the real broker: pacts published with
/// <c>contract publish</c>, a verification, a deployment recorded with <c>contract record-deployment</c>, and the verdicts.
/// </summary>
public sealed class CanIDeployAgainstTheBrokerTests : IAsyncLifetime
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
    public async Task CanIDeploy_VerifiedVersionAndChangedVersion_SayYesAndNo()
    {
        await PublishAsync("1.0.0", "Ada");
        await PublishAsync("1.1.0", "Grace");
        await VerifyAsync("1.0.0", "7.0.0", success: true);
        Assert.Equal(0, (await Contract("create-environment", "--name", "production")).ExitCode);
        Assert.Equal(0, (await Contract("record-deployment", "-a", "Users", "-e", "7.0.0", "--environment", "production")).ExitCode);

        var yes = await Contract("can-i-deploy", "-a", "Web", "-e", "1.0.0", "--to-environment", "production");
        var no = await Contract("can-i-deploy", "-a", "Web", "-e", "1.1.0", "--to-environment", "production");

        Assert.True(yes.ExitCode == 0, yes.Out + yes.Error);
        Assert.Contains("Web      | 1.0.0     | Users    | 7.0.0     | true", yes.Out, StringComparison.Ordinal);
        Assert.Contains("Computer says yes", yes.Out, StringComparison.Ordinal);
        Assert.True(no.ExitCode == 1, no.Out + no.Error);
        Assert.Contains("There is no verified pact between version 1.1.0 of Web and the version of Users currently in production (7.0.0)", no.Out, StringComparison.Ordinal);
        Assert.Contains("Computer says no", no.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CanIMerge_ComparesWithTheProvidersMainBranch()
    {
        await PublishAsync("1.0.0", "Ada");
        await PublishAsync("1.1.0", "Grace");
        await VerifyAsync("1.0.0", "7.0.0", success: true);
        using var http = new HttpClient { BaseAddress = _broker.Broker.BaseAddress };
        using var patch = new HttpRequestMessage(HttpMethod.Patch, "pacticipants/Users") { Content = new StringContent("""{"mainBranch":"main"}""") };
        patch.Content.Headers.ContentType = new("application/merge-patch+json");
        (await http.SendAsync(patch, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        (await http.PutAsJsonAsync("pacticipants/Users/branches/main/versions/7.0.0", new { }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

        var yes = await Contract("can-i-merge", "-a", "Web", "-e", "1.0.0");
        var no = await Contract("can-i-merge", "-a", "Web", "-e", "1.1.0");

        Assert.True(yes.ExitCode == 0, yes.Out + yes.Error);
        Assert.True(no.ExitCode == 1, no.Out + no.Error);
        Assert.Contains("the latest version of Users from branch main (7.0.0)", no.Out, StringComparison.Ordinal);
    }

    private async Task PublishAsync(string version, string name)
    {
        var pact = _folder.File($"{version}/Web-Users.json", TestPacts.WebUsers(name: name));
        var result = await Contract("publish", pact, "-a", version);
        Assert.True(result.ExitCode == 0, result.Out + result.Error);
    }

    private async Task VerifyAsync(string consumerVersion, string providerVersion, bool success)
    {
        using var http = new HttpClient { BaseAddress = _broker.Broker.BaseAddress };
        var pact = JObject.Parse(await http.GetStringAsync($"pacts/provider/Users/consumer/Web/version/{consumerVersion}", TestContext.Current.CancellationToken));
        var href = (string)pact["_links"]!["pb:publish-verification-results"]!["href"]!;
        var response = await http.PostAsJsonAsync(href, new { providerApplicationVersion = providerVersion, success }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private Task<CliResult> Contract(params string[] args) => ContractRun.RunAsync([.. args, "-b", _broker.Url]);
}
