using ContractTesting.HttpMessages;
using ContractTesting.Models;
using ContractTesting.Tests.Support;
using Microsoft.AspNetCore.Http;
using HttpRequest = ContractTesting.Models.HttpRequest;
using HttpResponse = ContractTesting.Models.HttpResponse;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// The provider the suite's provider scenarios start: a real HTTP server (Kestrel on 127.0.0.1, a free port) that
/// answers a request with the response of the interaction with its method and path, and anything else with 500.
/// Every request is recorded, stamped with the scenario's clock.
/// </summary>
internal sealed class ReplayProvider : IAsyncDisposable
{
    private readonly IReadOnlyList<HttpInteraction> _interactions;
    private readonly Func<long> _clock;
    private readonly List<(long Tick, HttpRequest Request)> _received = [];
    private LoopbackHost? _host;

    private ReplayProvider(IReadOnlyList<HttpInteraction> interactions, Func<long> clock)
    {
        _interactions = interactions;
        _clock = clock;
    }

    public Uri BaseUrl => _host!.BaseUrl;

    /// <summary>The requests received, in order, each with the tick it arrived at.</summary>
    public IReadOnlyList<(long Tick, HttpRequest Request)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public static async Task<ReplayProvider> StartAsync(IReadOnlyList<HttpInteraction> interactions, Func<long> clock)
    {
        var provider = new ReplayProvider(interactions, clock);
        provider._host = await LoopbackHost.StartAsync(provider.HandleAsync);
        return provider;
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
        var request = await HttpConversion.FromContextAsync(context, context.RequestAborted);
        lock (_received)
        {
            _received.Add((_clock(), request));
        }

        var interaction = _interactions.FirstOrDefault(i => i.Request.Method == request.Method && i.Request.Path == request.Path);
        var response = interaction?.Response ?? new HttpResponse
        {
            Status = 500,
            Headers = HeaderCollection.From([new("Content-Type", "text/plain")]),
            Body = Body.FromText($"The provider has no interaction for {request.Method} {request.Path}.", ContentType.Parse("text/plain")),
        };
        await HttpConversion.WriteAsync(response, context, context.RequestAborted);
    }
}
