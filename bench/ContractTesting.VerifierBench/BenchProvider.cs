using System.Globalization;
using System.Net;
using System.Text.Json;
using ContractTesting.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace ContractTesting.VerifierBench;

/// <summary>
/// The provider the verifications replay the pact against: a small ASP.NET Core app that answers <c>GET /users/{id}</c>
/// from its store (404 for a user no state created), with the library's state-change endpoint at
/// <c>/_pact/provider-states</c> driving the same handlers the in-process verifier uses. The same app runs twice, on
/// Kestrel at 127.0.0.1 (a free port) and on an in-memory test server, over one store and one set of handlers.
/// </summary>
internal sealed class BenchProvider : IAsyncDisposable
{
    private static readonly string[] Roles = ["reader", "writer"];

    private readonly WebApplication _kestrel;
    private readonly WebApplication _memory;

    private BenchProvider(UserStore store, ProviderStates states, WebApplication kestrel, WebApplication memory)
    {
        Store = store;
        States = states;
        _kestrel = kestrel;
        _memory = memory;
    }

    public UserStore Store { get; }

    /// <summary>The provider's state handlers, for the in-process verifier; the state-change endpoint runs the same.</summary>
    public ProviderStates States { get; }

    /// <summary>The Kestrel app's address, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri BaseUrl => new(_kestrel.Urls.Single() + "/");

    public Uri StateChangeUrl => new(BaseUrl, ProviderStateEndpoints.DefaultPath);

    /// <summary>A handler that serves the in-memory app, as <c>WebApplicationFactory.Server.CreateHandler()</c> does.</summary>
    public HttpMessageHandler CreateInMemoryHandler() => _memory.GetTestServer().CreateHandler();

    public static async Task<BenchProvider> StartAsync()
    {
        var store = new UserStore();
        var states = new ProviderStates().Add<UserState>(
            VerifierPact.State,
            (user, _) =>
            {
                store.Add(user);
                return Task.CompletedTask;
            },
            (user, _) =>
            {
                store.Remove(user.Id);
                return Task.CompletedTask;
            });
        var kestrel = Build(store, states, web => web.UseKestrel(k => k.Listen(IPAddress.Loopback, 0)));
        var memory = Build(store, states, web => web.UseTestServer());
        await kestrel.StartAsync();
        await memory.StartAsync();
        return new BenchProvider(store, states, kestrel, memory);
    }

    public async ValueTask DisposeAsync()
    {
        await _kestrel.DisposeAsync();
        await _memory.DisposeAsync();
    }

    private static WebApplication Build(UserStore store, ProviderStates states, Action<IWebHostBuilder> server)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        server(builder.WebHost);
        var app = builder.Build();
        app.MapProviderStateEndpoint(states);
        app.MapGet("/users/{id:int}", (int id, HttpContext context) => AnswerAsync(store, id, context));
        return app;
    }

    private static async Task AnswerAsync(UserStore store, int id, HttpContext context)
    {
        if (!store.TryGet(id, out var user))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = user.Id,
            name = user.Name,
            email = string.Create(CultureInfo.InvariantCulture, $"user{user.Id}@example.com"),
            roles = Roles,
            createdAt = "2024-05-01T12:00:00+00:00",
        }));
    }
}
