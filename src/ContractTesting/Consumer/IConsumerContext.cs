namespace ContractTesting.Consumer;

/// <summary>What a consumer test gets while it runs: the mock server's address and ways to reach it.</summary>
public interface IConsumerContext
{
    /// <summary>The mock server's base URL, e.g. <c>http://127.0.0.1:53012/</c>.</summary>
    Uri MockServerUri { get; }

    /// <summary>An <see cref="HttpClient"/> with <see cref="MockServerUri"/> as its base address (it trusts the mock server's HTTPS certificate).</summary>
    HttpClient CreateHttpClient();

    /// <summary>A handler that reaches the mock server, for clients built elsewhere (required when the mock server has no port).</summary>
    HttpMessageHandler CreateHandler();
}
