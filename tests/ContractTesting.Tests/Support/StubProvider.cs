using System.Net;
using System.Text;

namespace ContractTesting.Tests.Support;

/// <summary>
/// A provider in memory for verifier tests: answers each request with <see cref="Respond"/> (200 and an empty JSON
/// object by default) and keeps every request it received, body read.
/// </summary>
internal sealed class StubProvider : HttpMessageHandler
{
    private readonly List<(HttpRequestMessage Request, string Body)> _received = [];

    public Func<HttpRequestMessage, string, HttpResponseMessage> Respond { get; set; } = (_, _) => Json(HttpStatusCode.OK, "{}");

    public IReadOnlyList<(HttpRequestMessage Request, string Body)> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_received)
        {
            _received.Add((request, body));
        }

        return Respond(request, body);
    }
}
