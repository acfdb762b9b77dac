using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserService.Data;

namespace Consumer.Pact.Interop;

/// <summary>
/// The provider-state protocol of the reference verifier, for UserService's test host: <c>POST /_pact/provider-states</c>
/// with <c>{"state": …, "params": {…}, "action": "setup" | "teardown"}</c> creates what the state describes. It also
/// holds the fault switch the "database is unavailable" state turns on.
/// </summary>
internal sealed class ProviderStateEndpoint
{
    public const string Path = "/_pact/provider-states";

    private volatile bool _failing;

    /// <summary>The states received, for assertions.</summary>
    public List<string> Received { get; } = [];

    public async Task InterceptAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path == Path && HttpMethods.IsPost(context.Request.Method))
        {
            await HandleAsync(context);
            return;
        }

        if (_failing && context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsJsonAsync(new { title = "The user database is unavailable" }, context.RequestAborted);
            return;
        }

        await next();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var state = body.RootElement.TryGetProperty("state", out var s) ? s.GetString() ?? string.Empty : string.Empty;
        var setup = !body.RootElement.TryGetProperty("action", out var a) || a.GetString() != "teardown";
        var id = body.RootElement.TryGetProperty("params", out var p) && p.TryGetProperty("id", out var i) ? i.GetInt32() : 0;
        lock (Received)
        {
            Received.Add($"{(setup ? "setup" : "teardown")}: {state}");
        }

        var db = context.RequestServices.GetRequiredService<UsersDbContext>();
        switch (state)
        {
            case "":
                break;
            case "a user with ID 1 exists" when setup:
                if (!await db.Users.AnyAsync(u => u.Id == id, context.RequestAborted))
                {
                    db.Users.Add(new User { Id = id, Name = "Ada Lovelace", Email = $"user{id}@example.com", CreatedAt = new DateTimeOffset(2024, 5, 1, 10, 15, 30, TimeSpan.Zero) });
                    await db.SaveChangesAsync(context.RequestAborted);
                }

                break;
            case "no user with ID 999 exists" when setup:
                await db.Users.Where(u => u.Id == id).ExecuteDeleteAsync(context.RequestAborted);
                break;
            case "the user database is unavailable":
                _failing = setup;
                break;
            case "a user with ID 1 exists" or "no user with ID 999 exists":
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsync($"Unknown provider state '{state}'.", context.RequestAborted);
                return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }
}
