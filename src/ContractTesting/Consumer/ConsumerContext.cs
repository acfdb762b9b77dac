using ContractTesting.Mocking;

namespace ContractTesting.Consumer;

/// <summary>The consumer context backed by a running mock server.</summary>
internal sealed class ConsumerContext(MockServer server) : IConsumerContext
{
    public Uri MockServerUri => server.BaseUri;

    public HttpClient CreateHttpClient() => server.CreateHttpClient();

    public HttpMessageHandler CreateHandler() => server.CreateHandler();
}
