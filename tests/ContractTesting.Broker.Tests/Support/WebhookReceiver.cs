using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>
/// A small Kestrel app on 127.0.0.1 that webhooks are sent to: it keeps every request and answers each with what
/// <c>answer</c> says for its number (0 for the first); by default 200. Tests wait for requests with a deadline.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _requests;
    private readonly SemaphoreSlim _arrived = new(0);

    private WebhookReceiver(WebApplication app, ConcurrentQueue<ReceivedRequest> requests, Uri address)
    {
        _app = app;
        _requests = requests;
        Address = address;
    }

    /// <summary>The base address, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Address { get; }

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    /// <summary>A URL on this receiver, e.g. <c>Url("/hook")</c>; the text is kept as given (placeholders unescaped).</summary>
    public string Url(string pathAndQuery) => Address.AbsoluteUri.TrimEnd('/') + pathAndQuery;

    /// <param name="answer">The status and body for the request with the given number; 200 and <c>ok</c> when null.</param>
    /// <param name="hold">Awaited before answering the request with the given number (to keep it in flight).</param>
    public static async Task<WebhookReceiver> StartAsync(Func<int, (int Status, string Body)>? answer = null, Func<int, Task>? hold = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var requests = new ConcurrentQueue<ReceivedRequest>();
        WebhookReceiver? receiver = null;
        var count = -1;
        app.Run(async context =>
        {
            var number = Interlocked.Increment(ref count);
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            requests.Enqueue(new ReceivedRequest(context.Request.Method, context.Request.Path + context.Request.QueryString, headers, body));
            receiver!._arrived.Release();
            if (hold is not null)
            {
                await hold(number).WaitAsync(context.RequestAborted);
            }

            var (status, text) = answer?.Invoke(number) ?? (200, "ok");
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync(text, context.RequestAborted);
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver = new WebhookReceiver(app, requests, new Uri(address));
        return receiver;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived (30 seconds at most) and returns them all.</summary>
    public async Task<IReadOnlyList<ReceivedRequest>> WaitForAsync(int count)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(Eventually.Deadline);
        while (_requests.Count < count)
        {
            try
            {
                await _arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"The receiver got {_requests.Count} requests within {Eventually.Deadline.TotalSeconds} s, not {count}.");
            }
        }

        return Requests;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }
}
