using ContractTesting.Tests.Support;
using Microsoft.AspNetCore.Http;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// The provider-state callback of the suite's scenarios: a state-change endpoint (Kestrel on 127.0.0.1) that records
/// each call of the standard protocol (<c>POST {"state", "params", "action"}</c>) and answers 200, or 500 in fail mode.
/// </summary>
internal sealed class StateCallbackServer : IAsyncDisposable
{
    private readonly bool _fail;
    private readonly Func<long> _clock;
    private readonly List<StateCall> _calls = [];
    private LoopbackHost? _host;

    private StateCallbackServer(bool fail, Func<long> clock)
    {
        _fail = fail;
        _clock = clock;
    }

    public Uri Url => new(_host!.BaseUrl, "provider-states");

    public IReadOnlyList<StateCall> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public static async Task<StateCallbackServer> StartAsync(bool fail, Func<long> clock)
    {
        var server = new StateCallbackServer(fail, clock);
        server._host = await LoopbackHost.StartAsync(server.HandleAsync);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = JObject.Parse(await reader.ReadToEndAsync(context.RequestAborted));
        lock (_calls)
        {
            _calls.Add(new StateCall(_clock(), (string)body["state"]!, (JObject?)body["params"] ?? [], (string)body["action"]!));
        }

        context.Response.StatusCode = _fail ? 500 : 200;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(_fail ? """{"error": "the callback is in fail mode"}""" : "{}", context.RequestAborted);
    }
}
