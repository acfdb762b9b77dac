using ContractTesting.BrokerClient;

namespace ContractTesting.Sources;

/// <summary>A pact fetched from a URL (a broker's pact URL, such as the one a webhook passes on, or any server's).</summary>
internal sealed class UrlPactSource(PactBrokerClient client, Uri url) : IPactSource
{
    public async Task<IReadOnlyList<LoadedPact>> LoadAsync(string provider, CancellationToken cancellationToken) =>
        [await BrokerPactDocument.LoadAsync(client, url, provider, ProviderVersionDefaults.None, cancellationToken).ConfigureAwait(false)];
}
