using System.Net;
using System.Text;
using ContractTesting.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Verification;

/// <summary>The ready-made state-change endpoint, on a real Kestrel app at 127.0.0.1.</summary>
public sealed class ProviderStateEndpointsTests : IAsyncDisposable
{
    private readonly List<string> _calls = [];
    private WebApplication? _app;
    private HttpClient? _client;

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Post_SetupOfAKnownState_RunsTheHandlerAndAnswersItsValues()
    {
        var client = await StartAsync();

        var (status, body) = await PostAsync(client, """{"state":"a user exists","params":{"id":7},"action":"setup"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(JToken.DeepEquals(JObject.Parse("""{"userId":7}"""), JObject.Parse(body)));
        Assert.Equal(["setup 7"], _calls);
    }

    [Fact]
    public async Task Post_Teardown_RunsTheTeardown()
    {
        var client = await StartAsync();

        var (status, _) = await PostAsync(client, """{"state":"a user exists","params":{"id":7},"action":"teardown"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["teardown 7"], _calls);
    }

    [Fact]
    public async Task Post_QueryStyle_ReadsStateAndParametersFromTheQuery()
    {
        var client = await StartAsync();

        using var response = await client.PostAsync(new Uri("/_pact/provider-states?state=a%20user%20exists&action=setup&id=8", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["setup 8"], _calls);
    }

    [Fact]
    public async Task Post_EmptyState_IsAnsweredWithoutAHandler()
    {
        var client = await StartAsync();

        var (status, body) = await PostAsync(client, """{"state":"","params":{},"action":"setup"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("{}", body);
        Assert.Empty(_calls);
    }

    [Fact]
    public async Task Post_UnknownState_Answers400NamingIt()
    {
        var client = await StartAsync();

        var (status, body) = await PostAsync(client, """{"state":"no such state","action":"setup"}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("No provider-state handler is registered for 'no such state'. Registered: 'a user exists', 'broken'.", JObject.Parse(body)["error"]!.Value<string>());
    }

    [Fact]
    public async Task Post_FailingHandler_Answers500WithItsMessage()
    {
        var client = await StartAsync();

        var (status, body) = await PostAsync(client, """{"state":"broken","action":"setup"}""");

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("Provider state 'broken' (setup) failed: the database is gone", JObject.Parse(body)["error"]!.Value<string>());
    }

    [Theory]
    [InlineData("{\"state\":", "is not valid JSON")]
    [InlineData("[1]", "must be a JSON object")]
    [InlineData("{\"state\":\"a user exists\",\"action\":\"explode\"}", "must be 'setup' or 'teardown', not 'explode'")]
    [InlineData("{\"state\":\"a user exists\",\"params\":[1]}", "'params' must be a JSON object")]
    public async Task Post_MalformedRequest_Answers400SayingWhatIsWrong(string request, string problem)
    {
        var client = await StartAsync();

        var (status, body) = await PostAsync(client, request);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(problem, JObject.Parse(body)["error"]!.Value<string>(), StringComparison.Ordinal);
        Assert.Empty(_calls);
    }

    [Fact]
    public async Task OtherRequests_ReachTheApplication()
    {
        var client = await StartAsync();

        var answer = await client.GetStringAsync(new Uri("/hello", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal("hello", answer);
    }

    private async Task<HttpClient> StartAsync()
    {
        var states = new ProviderStates()
            .Add<UserState>("a user exists", (user, _) =>
            {
                _calls.Add($"setup {user.Id}");
                return Task.FromResult<object?>(new { userId = user.Id });
            }, (user, _) =>
            {
                _calls.Add($"teardown {user.Id}");
                return Task.CompletedTask;
            })
            .Add("broken", () => throw new InvalidOperationException("the database is gone"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddProviderStateEndpoint(states);
        _app = builder.Build();
        _app.MapGet("/hello", () => "hello");
        await _app.StartAsync(TestContext.Current.CancellationToken);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _client = new HttpClient { BaseAddress = new Uri(address) };
        return _client;
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient client, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/_pact/provider-states", UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private sealed record UserState(int Id);
}
