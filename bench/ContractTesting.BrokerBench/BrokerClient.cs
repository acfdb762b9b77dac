using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ContractTesting.BrokerBench;

/// <summary>HTTP to the broker with the headers the official CLI sends; any answer but the expected status fails the run.</summary>
internal sealed class BrokerClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = baseAddress };

    public async Task<JsonNode?> GetAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.TryAddWithoutValidation("Accept", "application/hal+json, application/json");
        return await SendAsync(request, HttpStatusCode.OK, cancellationToken);
    }

    public async Task<JsonNode?> PostAsync(string path, JsonNode body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", "application/hal+json");
        return await SendAsync(request, HttpStatusCode.OK, cancellationToken);
    }

    /// <summary>The status of a GET, without reading further (whether an endpoint exists in this build).</summary>
    public async Task<(HttpStatusCode Status, string Body)> ProbeAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(pathAndQuery, cancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonNode?> SendAsync(HttpRequestMessage request, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{request.Method} {request.RequestUri} answered {(int)response.StatusCode}, not {(int)expected}: {text}");
        }

        return JsonNode.Parse(text);
    }
}
