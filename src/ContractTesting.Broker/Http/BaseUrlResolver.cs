namespace ContractTesting.Broker.Http;

/// <summary>
/// Where the broker's links point: the configured base URL; else what a reverse proxy says in
/// <c>X-Forwarded-Proto</c>, <c>-Host</c>, <c>-Port</c> and <c>-Prefix</c>; else the request's own scheme, host and path
/// base. Never ends with <c>/</c>.
/// </summary>
internal static class BaseUrlResolver
{
    public static string Resolve(HttpRequest request, Uri? configured)
    {
        if (configured is not null)
        {
            return configured.AbsoluteUri.TrimEnd('/');
        }

        var headers = request.Headers;
        var scheme = First(headers["X-Forwarded-Proto"]) ?? (First(headers["X-Forwarded-Ssl"]) == "on" ? "https" : request.Scheme);
        var host = First(headers["X-Forwarded-Host"]) ?? request.Host.Value ?? "localhost";
        if (First(headers["X-Forwarded-Port"]) is { } port && int.TryParse(port, out var number))
        {
            host = WithoutPort(host);
            if (!IsDefaultPort(scheme, number))
            {
                host = $"{host}:{number}";
            }
        }

        var prefix = First(headers["X-Forwarded-Prefix"]) is { } forwarded ? "/" + forwarded.Trim('/') : "";
        if (prefix == "/")
        {
            prefix = "";
        }

        return $"{scheme}://{host}{prefix}{request.PathBase.Value}".TrimEnd('/');
    }

    private static string? First(Microsoft.Extensions.Primitives.StringValues values)
    {
        var value = values.ToString();
        if (value.Length == 0)
        {
            return null;
        }

        var comma = value.IndexOf(',', StringComparison.Ordinal);
        var first = (comma >= 0 ? value[..comma] : value).Trim();
        return first.Length == 0 ? null : first;
    }

    private static string WithoutPort(string host)
    {
        // "[::1]:8080" and "example.com:8080" lose the port; a bare IPv6 literal "[::1]" keeps its colons.
        var colon = host.LastIndexOf(':');
        return colon > host.LastIndexOf(']') ? host[..colon] : host;
    }

    private static bool IsDefaultPort(string scheme, int port) =>
        (port == 80 && scheme.Equals("http", StringComparison.OrdinalIgnoreCase))
        || (port == 443 && scheme.Equals("https", StringComparison.OrdinalIgnoreCase));
}
