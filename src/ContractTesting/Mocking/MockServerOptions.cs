namespace ContractTesting.Mocking;

/// <summary>How a mock server listens.</summary>
public sealed record MockServerOptions
{
    /// <summary>
    /// Whether to listen on a real port (Kestrel). When <see langword="false"/>, the mock server is reached only through
    /// the <see cref="HttpClient"/> or <see cref="HttpMessageHandler"/> it hands out, with no socket at all.
    /// Defaults to <see langword="true"/>.
    /// </summary>
    public bool UseKestrel { get; init; } = true;

    /// <summary>The IP address to listen on (a host name such as <c>localhost</c> is not accepted). Defaults to 127.0.0.1 (loopback only).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port to listen on; 0 picks a free port. Defaults to 0.</summary>
    public int Port { get; init; }

    /// <summary>
    /// Whether to serve HTTPS with a self-signed certificate made in the test process. Clients from
    /// <see cref="MockServer.CreateHttpClient"/> trust it. Defaults to <see langword="false"/>.
    /// </summary>
    public bool UseHttps { get; init; }

    /// <summary>
    /// Whether to answer CORS preflight requests (OPTIONS with <c>Access-Control-Request-Method</c>) that no
    /// interaction expects, and to add <c>Access-Control-Allow-Origin</c> to responses. Defaults to <see langword="false"/>.
    /// </summary>
    public bool HandleCorsPreflight { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">The port is outside 0–65535 or the host is not an IP address.</exception>
    public void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentException($"The mock server port must be between 0 and 65535, not {Port}.", nameof(Port));
        }

        if (string.IsNullOrWhiteSpace(Host))
        {
            throw new ArgumentException("The mock server host must not be empty.", nameof(Host));
        }

        if (!System.Net.IPAddress.TryParse(Host, out _))
        {
            throw new ArgumentException($"The mock server host must be an IP address such as 127.0.0.1, not '{Host}'.", nameof(Host));
        }
    }
}
