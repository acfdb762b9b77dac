using System.Text.Encodings.Web;
using System.Text.Json;

namespace ContractTesting.Broker.Webhooks.Delivery;

/// <summary>
/// A webhook's request with its placeholders filled in. Values are escaped for where they go: as one URL component
/// in the URL, as JSON string content in a JSON body (so a name with a quote cannot break the document), as they are
/// in headers, text bodies and credentials.
/// </summary>
internal sealed record RenderedRequest(
    string Method,
    Uri Url,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    string? Body,
    bool IsJsonBody,
    string? Username,
    string? Password)
{
    /// <exception cref="UriFormatException">The filled-in URL is not a valid absolute URL.</exception>
    public static RenderedRequest From(WebhookRequestTemplate template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        static string Same(string value) => value;
        static string Json(string value) => JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        var url = new Uri(WebhookTemplate.Render(template.Url, values, Uri.EscapeDataString), UriKind.Absolute);
        return new RenderedRequest(
            template.Method,
            url,
            [.. template.Headers.Select(h => KeyValuePair.Create(h.Key, WebhookTemplate.Render(h.Value, values, Same)))],
            template.Body is null ? null : WebhookTemplate.Render(template.Body, values, template.IsJsonBody ? Json : Same),
            template.IsJsonBody,
            template.Username is null ? null : WebhookTemplate.Render(template.Username, values, Same),
            template.Password is null ? null : WebhookTemplate.Render(template.Password, values, Same));
    }
}
