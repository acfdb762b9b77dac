using ContractTesting.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Support;

/// <summary>
/// A Pact Broker stand-in on Kestrel (127.0.0.1, a free port): routes by method and raw target (as sent, still
/// percent-encoded) answer canned documents, and every request is recorded. A request without a route gets 404.
/// </summary>
internal sealed class StubBroker : IAsyncDisposable
{
    private readonly Dictionary<(string Method, string Target), Func<RecordedRequest, StubAnswer>> _routes = [];
    private readonly List<RecordedRequest> _requests = [];
    private LoopbackHost? _host;

    /// <summary>The broker's base URL, e.g. <c>http://127.0.0.1:50123/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The requests received, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<StubBroker> StartAsync()
    {
        var broker = new StubBroker();
        broker._host = await LoopbackHost.StartAsync(broker.HandleAsync);
        broker.BaseUrl = broker._host.BaseUrl;
        return broker;
    }

    /// <summary>An absolute href on this broker for a path such as <c>/pacts/provider/p</c>.</summary>
    public string Href(string path) => BaseUrl.GetLeftPart(UriPartial.Authority) + path;

    /// <summary>Answers requests for a target with a JSON document (HAL by default).</summary>
    public StubBroker On(string method, string target, int status, JToken? body, string contentType = "application/hal+json") =>
        On(method, target, _ => new StubAnswer(status, body is null ? null : PactJson.Compact(body), contentType));

    /// <summary>Answers requests for a target with what <paramref name="answer"/> makes of each.</summary>
    public StubBroker On(string method, string target, Func<RecordedRequest, StubAnswer> answer)
    {
        lock (_routes)
        {
            _routes[(method, target)] = answer;
        }

        return this;
    }

    /// <summary>The one request received for a method and target.</summary>
    public RecordedRequest Received(string method, string target) => Assert.Single(Requests, r => r.Method == method && r.Target == target);

    /// <summary>Stops the server (once; later calls do nothing).</summary>
    public async ValueTask DisposeAsync()
    {
        var host = Interlocked.Exchange(ref _host, null);
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var request = new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body);
        Func<RecordedRequest, StubAnswer>? route;
        lock (_requests)
        {
            _requests.Add(request);
        }

        lock (_routes)
        {
            route = _routes.GetValueOrDefault((request.Method, request.Target));
        }

        var answer = route?.Invoke(request) ?? new StubAnswer(404, $$"""{"errors":["no stub route for {{request.Method}} {{request.Target}}"]}""", "application/json");
        context.Response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = answer.ContentType;
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }
}
