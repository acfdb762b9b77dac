using System.Net.Http.Headers;
using System.Text;
using ContractTesting.Json;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Verification;

/// <summary>
/// The provider-state protocol as a client: each change is a <c>POST</c> to the provider's state-change URL, and a
/// JSON object it answers with becomes values for <c>ProviderState</c> generators.
/// </summary>
internal sealed class StateChangeUrlHandler(HttpClient client, Uri url, StateChangeUrlOptions options) : IProviderStateHandler
{
    public StateChangeUrlOptions Options { get; } = options;

    public async Task<IReadOnlyDictionary<string, JToken>?> HandleAsync(ProviderStateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Action == ProviderStateAction.Teardown && !Options.Teardown)
        {
            return null;
        }

        using var request = Build(change);
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"State change request failed: POST {request.RequestUri} for '{change.State.Name}' ({Action(change)}) answered {(int)response.StatusCode} {response.ReasonPhrase}{(body.Length > 0 ? ": " + Shorten(body) : string.Empty)}");
        }

        return change.Action == ProviderStateAction.Setup ? Values(body) : null;
    }

    private HttpRequestMessage Build(ProviderStateChange change)
    {
        if (Options.Style == StateChangeStyle.Query)
        {
            var query = new List<KeyValuePair<string, IReadOnlyList<string?>>>
            {
                new("state", [change.State.Name]),
                new("action", [Action(change)]),
            };
            query.AddRange(change.State.Parameters.Select(p => new KeyValuePair<string, IReadOnlyList<string?>>(p.Key, [JsonDisplay.TextOf(p.Value)])));
            var separator = url.OriginalString.Contains('?', StringComparison.Ordinal) ? "&" : "?";
            return new HttpRequestMessage(HttpMethod.Post, new Uri(url.OriginalString + separator + new QueryCollection(query).ToQueryString(), UriKind.RelativeOrAbsolute))
            {
                Content = new ByteArrayContent([]),
            };
        }

        var json = new JObject
        {
            ["state"] = change.State.Name,
            ["params"] = new JObject(change.State.Parameters.Select(p => new JProperty(p.Key, p.Value.DeepClone()))),
            ["action"] = Action(change),
        };
        var content = new StringContent(PactJson.Compact(json), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private static Dictionary<string, JToken>? Values(string body)
    {
        if (body.Trim().Length == 0)
        {
            return null;
        }

        try
        {
            return PactJson.Parse(body) is JObject values ? values.Properties().ToDictionary(p => p.Name, p => p.Value) : null;
        }
        catch (JsonParseException)
        {
            return null;
        }
    }

    private static string Action(ProviderStateChange change) => change.Action == ProviderStateAction.Setup ? "setup" : "teardown";

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
