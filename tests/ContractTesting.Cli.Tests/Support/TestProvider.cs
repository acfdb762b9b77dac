using ContractTesting.Tests.Support;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Cli.Tests.Support;

/// <summary>
/// A small provider on Kestrel (127.0.0.1, a free port): <c>GET /users/1</c> answers <c>{"id": 1, "name": …}</c>
/// and <c>POST /_pact/provider-states</c> records the state changes it is sent.
/// </summary>
internal sealed class TestProvider : IAsyncDisposable
{
    private readonly List<JObject> _stateChanges = [];
    private readonly string _name;
    private LoopbackHost _host = null!;

    private TestProvider(string name) => _name = name;

    public Uri BaseUrl => _host.BaseUrl;

    public Uri StateChangeUrl => new(_host.BaseUrl, "_pact/provider-states");

    public IReadOnlyList<JObject> StateChanges
    {
        get
        {
            lock (_stateChanges)
            {
                return [.. _stateChanges];
            }
        }
    }

    public static async Task<TestProvider> StartAsync(string name = "Ada")
    {
        var provider = new TestProvider(name);
        provider._host = await LoopbackHost.StartAsync(provider.HandleAsync);
        return provider;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Method == "POST" && context.Request.Path == "/_pact/provider-states")
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            lock (_stateChanges)
            {
                _stateChanges.Add(JObject.Parse(body));
            }

            context.Response.StatusCode = 200;
            return;
        }

        if (context.Request.Method == "GET" && context.Request.Path == "/users/1")
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($$"""{"id": 1, "name": "{{_name}}"}""", context.RequestAborted);
            return;
        }

        context.Response.StatusCode = 404;
    }
}
