using System.Net.Http.Headers;
using System.Text;
using ContractTesting.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>
/// A client of the Pact Broker's HAL API. It starts from the broker's index (<c>GET /</c>), follows links by relation
/// (<c>_links[rel].href</c>, templates expanded with percent-encoded values), and sends the headers the official
/// clients send. Every failure is a <see cref="PactBrokerException"/> that names the request and carries the
/// broker's <c>errors</c> and <c>notices</c>. Operations built on this core live in the partial files beside it.
/// <code>
/// var broker = new PactBrokerClient(PactBrokerOptions.FromEnvironment());
/// IReadOnlyList&lt;VerifiablePact&gt; pacts = await broker.GetPactsForVerificationAsync("UserService", request, ct);
/// </code>
/// </summary>
public sealed partial class PactBrokerClient
{
    private const string HalJson = "application/hal+json";

    // A broker asking for longer than this is not waited for; the request fails after the retries instead.
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(1);

    // One connection pool for every broker client: credentials travel per request, never in the handler.
    private static readonly Lazy<HttpClient> SharedHttp = new(() => new HttpClient(
        new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), UseCookies = false }, disposeHandler: false)
    {
        Timeout = Timeout.InfiniteTimeSpan,
    });

    private readonly HttpClient _http;

    /// <summary>Creates a client.</summary>
    /// <param name="options">The broker and how to reach it.</param>
    /// <param name="handler">
    /// Sends the requests, for example an in-memory test server's handler; it is not disposed. By default a shared
    /// pool of connections (with the system's proxy settings) is used.
    /// </param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public PactBrokerClient(PactBrokerOptions options, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        _http = handler is null ? SharedHttp.Value : new HttpClient(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        IndexUrl = new Uri(options.BaseUrl.AbsoluteUri.TrimEnd('/') + "/");
    }

    /// <summary>The options.</summary>
    public PactBrokerOptions Options { get; }

    /// <summary>The index's URL: the base URL with one trailing <c>/</c>.</summary>
    public Uri IndexUrl { get; }

    /// <summary>The broker's index (<c>GET /</c>), the resource every navigation starts from.</summary>
    /// <exception cref="PactBrokerException">The request failed.</exception>
    public Task<HalResource> GetIndexAsync(CancellationToken cancellationToken = default) => GetAsync(IndexUrl, cancellationToken);

    /// <summary>Fetches a resource; a relative URL is resolved against the index.</summary>
    /// <exception cref="PactBrokerException">The request failed.</exception>
    public Task<HalResource> GetAsync(Uri url, CancellationToken cancellationToken = default) => SendAsync(HttpMethod.Get, url, null, cancellationToken);

    /// <summary>
    /// Follows a link of <paramref name="from"/>: <c>GET</c> of its href, with <paramref name="values"/> filling in
    /// the placeholders.
    /// </summary>
    /// <exception cref="PactBrokerException">The resource has no such link, or the request failed.</exception>
    public Task<HalResource> FollowAsync(HalResource from, string relation, IReadOnlyDictionary<string, string>? values = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        return GetAsync(from.RequireLink(relation).Expand(values, from.Location), cancellationToken);
    }

    /// <summary>
    /// Sends a request with an optional JSON body and reads the HAL answer (an empty resource for 204 or an empty
    /// body). A relative URL is resolved against the index. Answers 408, 429 and 5xx, and failures to connect, are
    /// retried as <see cref="PactBrokerOptions.Retries"/> says (a 429's <c>Retry-After</c> is honoured).
    /// </summary>
    /// <exception cref="PactBrokerException">
    /// The request could not be sent or timed out, the broker answered with an error status, or a 2xx answer was not JSON.
    /// </exception>
    public async Task<HalResource> SendAsync(HttpMethod method, Uri url, JToken? body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(url);
        var target = url.IsAbsoluteUri ? url : new Uri(IndexUrl, url);
        var delay = Options.RetryDelay;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await SendOnceAsync(method, target, body, cancellationToken).ConfigureAwait(false);
            }
            catch (PactBrokerException e) when (attempt < Options.Retries && IsTransient(e))
            {
                await Task.Delay(Wait(e.RetryAfter, delay), Options.TimeProvider, cancellationToken).ConfigureAwait(false);
                delay *= 2;
            }
        }
    }

    private async Task<HalResource> SendOnceAsync(HttpMethod method, Uri target, JToken? body, CancellationToken cancellationToken)
    {
        using var request = Build(method, target, body);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Options.RequestTimeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, limit.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(limit.Token).ConfigureAwait(false);
            return Read(method, target, response, text);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failure(method, target, $"no answer within {Options.RequestTimeout.TotalSeconds:0.###} s", e);
        }
        catch (HttpRequestException e)
        {
            throw Failure(method, target, $"the broker could not be reached: {e.Message}", e);
        }
    }

    private static bool IsTransient(PactBrokerException e) =>
        e.StatusCode is 408 or 429 or (>= 500 and <= 599) || e.StatusCode is null && e.InnerException is HttpRequestException;

    private HttpRequestMessage Build(HttpMethod method, Uri target, JToken? body)
    {
        var request = new HttpRequestMessage(method, target);
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue(ClientVersion.Implementation, ClientVersion.Version));
        if (method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Delete)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(HalJson));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }
        else
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(HalJson));
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(PactJson.Compact(body)));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(method == HttpMethod.Patch ? "application/merge-patch+json" : "application/json");
        }

        // Credentials go only to the broker's own origin, never to a host that a link happens to point at.
        if (Options.Authentication is { } authentication && SameOrigin(target, Options.BaseUrl))
        {
            request.Headers.Authorization = authentication.Header();
        }

        return request;
    }

    private static HalResource Read(HttpMethod method, Uri target, HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        if (status is < 200 or > 299)
        {
            var (errors, notices) = BrokerErrorBody.Read(text);
            var said = errors.Count > 0 || notices.Count > 0
                ? ": " + string.Join("; ", errors.Concat(notices))
                : text.Trim().Length > 0 ? ": " + Shorten(text.Trim()) : string.Empty;
            return Throw(new PactBrokerException(
                $"{method} {target} failed: the broker answered {status} {response.ReasonPhrase}{said}", method, target, status, errors, notices)
            {
                RetryAfter = response.Headers.RetryAfter,
            });
        }

        if (status == 204 || text.Trim().Length == 0)
        {
            return new HalResource(target, []);
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !(mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            return Throw(new PactBrokerException(
                $"{method} {target} answered {status} with {(mediaType is null ? "no content type" : $"content type '{mediaType}'")}, not a HAL JSON document: {Shorten(text.Trim())}",
                method, target, status, [], []));
        }

        try
        {
            return PactJson.Parse(text) is JObject json
                ? new HalResource(target, json)
                : Throw(new PactBrokerException($"{method} {target} answered {status} with JSON that is not an object: {Shorten(text.Trim())}", method, target, status, [], []));
        }
        catch (JsonParseException e)
        {
            throw new PactBrokerException($"{method} {target} answered {status} with invalid JSON ({e.Message})", method, target, status, [], [], e);
        }
    }

    private static HalResource Throw(PactBrokerException exception) => throw exception;

    /// <summary>The wait a <c>Retry-After</c> asks for (at most <see cref="MaxRetryAfter"/>), or the back-off.</summary>
    private TimeSpan Wait(RetryConditionHeaderValue? retryAfter, TimeSpan backOff)
    {
        var asked = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - Options.TimeProvider.GetUtcNow(),
            _ => backOff,
        };
        return asked < TimeSpan.Zero ? TimeSpan.Zero : asked > MaxRetryAfter ? MaxRetryAfter : asked;
    }

    private static PactBrokerException Failure(HttpMethod method, Uri target, string why, Exception inner) =>
        new($"{method} {target} failed: {why}", method, target, null, [], [], inner);

    private static bool SameOrigin(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.SchemeAndServer, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0;

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
