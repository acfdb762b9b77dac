using System.Net;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// Where a webhook may send: an absolute URL whose host is not a placeholder, with an allowed scheme and, when
/// <see cref="BrokerWebhookOptions.AllowedHosts"/> is set, an allowed host. Checked when a webhook is saved and
/// again before each request, so narrowing the options also stops webhooks saved earlier.
/// </summary>
internal static class WebhookUrlRules
{
    /// <summary>The problem with the URL template, in the Pact Broker's words, or <see langword="null"/> when it is allowed.</summary>
    public static string? Check(string url, BrokerWebhookOptions options)
    {
        if (!Uri.TryCreate(WebhookTemplate.WithPlaceholder(url), UriKind.Absolute, out var uri) || uri.Host.Length == 0)
        {
            return "is not a valid URL eg. http://example.org";
        }

        if (!Uri.TryCreate(WebhookTemplate.WithPlaceholder(url, "differentplaceholder"), UriKind.Absolute, out var other) || other.Host != uri.Host)
        {
            return "cannot have a template parameter in the host";
        }

        return CheckTarget(uri, options);
    }

    /// <summary>The problem with a rendered URL's scheme or host, or <see langword="null"/>.</summary>
    public static string? CheckTarget(Uri uri, BrokerWebhookOptions options)
    {
        if (!options.AllowedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            return $"scheme must be {string.Join(", ", options.AllowedSchemes)}. See /doc/webhooks#whitelist for more information.";
        }

        if (options.AllowedHosts.Count > 0 && !options.AllowedHosts.Any(allowed => HostMatches(uri.IdnHost, allowed)))
        {
            return $"host must be in the whitelist {string.Join(", ", options.AllowedHosts.Select(h => $"\"{h}\""))}. See /doc/webhooks#whitelist for more information.";
        }

        return null;
    }

    /// <summary>
    /// Whether a host matches an allow-list entry: the same name (ignoring case), a <c>*.domain</c> wildcard for one
    /// or more labels under the domain, or for IP addresses the same address or a CIDR range that contains it.
    /// </summary>
    public static bool HostMatches(string host, string allowed)
    {
        var bare = host.Trim('[', ']');
        if (IPAddress.TryParse(bare, out var address))
        {
            if (IPNetwork.TryParse(allowed, out var network))
            {
                return network.Contains(address);
            }

            return IPAddress.TryParse(allowed.Trim('[', ']'), out var exact) && exact.Equals(address);
        }

        if (allowed.StartsWith("*.", StringComparison.Ordinal))
        {
            return host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase) && host.Length > allowed.Length - 1;
        }

        return host.Equals(allowed, StringComparison.OrdinalIgnoreCase);
    }
}
