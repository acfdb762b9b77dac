using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Webhooks.Delivery;

/// <summary>
/// Sends a webhook's request once, to exactly the URL it names (redirects are not followed), and logs what was sent
/// and, when <see cref="BrokerWebhookOptions.AllowedHosts"/> is set, what came back. A 2xx answer is success;
/// anything else, a connection error or a timeout (<see cref="BrokerWebhookOptions.Timeout"/>) is a failure.
/// </summary>
internal sealed class WebhookSender(IHttpClientFactory clients, BrokerOptions options, TimeProvider time)
{
    /// <summary>The name of the <see cref="HttpClient"/> it uses.</summary>
    public const string ClientName = "ContractTesting.Broker.Webhooks";

    /// <summary>How much of a response body is kept in the log: 64 KiB.</summary>
    public const int MaxLoggedBodyBytes = 64 * 1024;

    /// <summary>Whether responses are logged (only when the hosts webhooks may call are limited, as in the Pact Broker).</summary>
    public bool ShowsResponses => options.Webhooks.AllowedHosts.Count > 0;

    /// <summary>Sends the request, with the placeholders filled from <paramref name="context"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (the broker is stopping).</exception>
    public async Task<WebhookAttempt> SendAsync(string webhookUuid, WebhookRequestTemplate template, TriggerContext context, CancellationToken cancellationToken)
    {
        var log = new ExecutionLog(time);
        log.Debug($"Webhook context {new JsonObject(context.Parameters.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))).ToJsonString(JsonResponse.SerializerOptions)}");
        RenderedRequest request;
        try
        {
            request = RenderedRequest.From(template, context.Parameters);
        }
        catch (UriFormatException e)
        {
            return Refused(log, $"Webhook {webhookUuid} was not sent: its URL is not valid once filled in ({e.Message}).");
        }

        if (WebhookUrlRules.CheckTarget(request.Url, options.Webhooks) is { } problem)
        {
            return Refused(log, $"Webhook {webhookUuid} was not sent: the URL's {problem}");
        }

        using var message = Build(request, log, out var sent);
        LogRequest(log, sent);
        try
        {
            using var response = await clients.CreateClient(ClientName)
                .SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var received = await ReadAsync(response, cancellationToken).ConfigureAwait(false);
            var success = received.Status is >= 200 and < 300;
            LogResponse(log, received, context.BaseUrl);
            return new WebhookAttempt(success, log, sent, received, null);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is HttpRequestException or TaskCanceledException or IOException)
        {
            var reason = e is TaskCanceledException
                ? $"no answer within {options.Webhooks.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} seconds"
                : e.Message;
            log.Error(ShowsResponses
                ? $"Error executing webhook {webhookUuid} {e.GetType().Name} - {reason}"
                : $"Error executing webhook {webhookUuid}. {HiddenMessage(context.BaseUrl)}");
            return new WebhookAttempt(false, log, sent, null, reason);
        }
    }

    private static WebhookAttempt Refused(ExecutionLog log, string reason)
    {
        log.Error(reason);
        return new WebhookAttempt(false, log, null, null, reason);
    }

    private static HttpRequestMessage Build(RenderedRequest request, ExecutionLog log, out SentRequest sent)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        var shown = new List<KeyValuePair<string, string>>();
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Body));
        }

        var headers = request.Headers.ToList();
        if (request.IsJsonBody && !headers.Any(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            headers.Add(KeyValuePair.Create("Content-Type", "application/json"));
        }

        if (!headers.Any(h => h.Key.Equals("User-Agent", StringComparison.OrdinalIgnoreCase)))
        {
            headers.Add(KeyValuePair.Create("User-Agent", "ContractTesting.Broker"));
        }

        if (request.Username is { Length: > 0 } username)
        {
            var credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{request.Password}"));
            log.AddSecret(request.Password);
            log.AddSecret(credentials);
            headers.Add(KeyValuePair.Create("Authorization", $"Basic {credentials}"));
        }

        foreach (var (name, value) in headers)
        {
            var secret = WebhookRequestTemplate.IsSecretHeader(name);
            if (secret)
            {
                log.AddSecret(value);
                log.AddSecret(AuthenticationHeaderValue.TryParse(value, out var parsed) ? parsed.Parameter : null);
            }

            if (message.Headers.TryAddWithoutValidation(name, value) || message.Content?.Headers.TryAddWithoutValidation(name, value) == true)
            {
                shown.Add(KeyValuePair.Create(name, secret ? WebhookRequestTemplate.Mask : value));
            }
            else
            {
                log.Info($"Header {name} was not sent: it describes a body and the request has none.");
            }
        }

        sent = new SentRequest(request.Method, request.Url.AbsoluteUri, shown, request.Body is null ? null : log.Redact(request.Body));
        return message;
    }

    private static void LogRequest(ExecutionLog log, SentRequest sent)
    {
        log.Info($"HTTP/1.1 {sent.Method} {sent.Url}");
        foreach (var (name, value) in sent.Headers)
        {
            log.Info($"{name}: {value}");
        }

        if (sent.Body is not null)
        {
            log.Info(sent.Body);
        }
    }

    private void LogResponse(ExecutionLog log, ReceivedResponse response, string baseUrl)
    {
        if (!ShowsResponses)
        {
            log.Info(HiddenMessage(baseUrl));
            return;
        }

        log.Info($"HTTP/{response.HttpVersion} {response.Status} {response.Reason}");
        foreach (var (name, value) in response.Headers)
        {
            log.Info($"{name}: {value}");
        }

        if (response.Body.Length > 0)
        {
            log.Info(response.Body);
        }
    }

    private static async Task<ReceivedResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxLoggedBodyBytes];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            var more = length == buffer.Length && await stream.ReadAsync(new byte[1], cancellationToken).ConfigureAwait(false) > 0;
            var body = Encoding.UTF8.GetString(buffer, 0, length) + (more ? $"\n… (the body was cut at {MaxLoggedBodyBytes} bytes)" : "");
            var headers = response.Headers.Concat(response.Content.Headers)
                .Select(h => KeyValuePair.Create(h.Key, string.Join(", ", h.Value)))
                .ToList();
            return new ReceivedResponse((int)response.StatusCode, response.ReasonPhrase ?? "", response.Version.ToString(2), headers, body);
        }
    }

    private static string HiddenMessage(string baseUrl) =>
        "For security purposes, the response details are not logged. To enable response logging, configure Broker:Webhooks:AllowedHosts "
        + $"(the Pact Broker's webhook_host_whitelist). See {baseUrl}/doc/webhooks#whitelist for more information.";
}
