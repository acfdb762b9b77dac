using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// Keeps stored secrets when a webhook is replaced with what a client read back: responses mask the password and
/// credential headers, so a PUT that leaves the password out or sends a mask (only asterisks) keeps the stored
/// password, and a header sent as a mask keeps its stored value. An explicit <c>"password": null</c> removes it.
/// </summary>
internal static class WebhookSecrets
{
    public static WebhookRequestTemplate Keep(WebhookRequestTemplate incoming, WebhookRequestTemplate stored, JsonObject? request)
    {
        var password = incoming.Password;
        var passwordGiven = request?.ContainsKey("password") == true;
        if (stored.Password is not null && (!passwordGiven || WebhookRequestTemplate.IsMasked(password)))
        {
            password = stored.Password;
        }

        var headers = new List<KeyValuePair<string, string>>();
        foreach (var header in incoming.Headers)
        {
            if (!WebhookRequestTemplate.IsMasked(header.Value))
            {
                headers.Add(header);
            }
            else if (stored.Headers.FirstOrDefault(h => h.Key.Equals(header.Key, StringComparison.OrdinalIgnoreCase)) is { Key: not null } kept)
            {
                headers.Add(KeyValuePair.Create(header.Key, kept.Value));
            }
        }

        return incoming with { Password = password, Headers = headers };
    }
}
