using System.Text;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// <c>${pactbroker.pactUrl}</c>: the permalink of the pact content, with a metadata segment naming the consumer
/// version and its tags (<c>cvn</c>, <c>cvt[]</c>, base64url of a Rack query, as the Pact Broker writes it), so that
/// results a provider build publishes to that URL are reported for the consumer version that triggered the build.
/// </summary>
internal static class WebhookPactUrl
{
    public static string For(BrokerUrls urls, string provider, string consumer, string sha, string consumerVersionNumber, IReadOnlyList<string> tags)
    {
        var query = new StringBuilder($"cvn={Uri.EscapeDataString(consumerVersionNumber)}");
        foreach (var tag in tags)
        {
            query.Append("&cvt[]=").Append(Uri.EscapeDataString(tag));
        }

        var metadata = Convert.ToBase64String(Encoding.UTF8.GetBytes(query.ToString())).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return urls.PactVersion(provider, consumer, sha, metadata);
    }
}
