using ContractTesting.BrokerClient;
using ContractTesting.PactFiles;

namespace ContractTesting.Sources;

/// <summary>
/// Reads a pact document served over HTTP (by a broker, or any URL): the pact itself, and a results publisher when the
/// document links to <c>pb:publish-verification-results</c>.
/// </summary>
internal static class BrokerPactDocument
{
    public const string PublishRelation = "pb:publish-verification-results";

    /// <summary>Fetches and reads the pact at <paramref name="url"/>; it must be a pact for <paramref name="provider"/>.</summary>
    /// <exception cref="PactSourceException">It could not be fetched, is not a valid pact, or is for another provider.</exception>
    public static async Task<LoadedPact> LoadAsync(PactBrokerClient client, Uri url, string provider, ProviderVersionDefaults defaults, CancellationToken cancellationToken)
    {
        HalResource document;
        try
        {
            document = await client.GetAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (PactBrokerException e)
        {
            throw new PactSourceException($"The pact at {url} could not be fetched: {e.Message}", e);
        }

        Models.Pact pact;
        try
        {
            pact = PactReader.Read(document.Json);
        }
        catch (PactFormatException e)
        {
            throw new PactSourceException(e.InFile(url.ToString()).Message, e);
        }

        if (pact.Provider.Name != provider)
        {
            throw new PactSourceException(
                $"The pact at {url} is between {pact.Consumer.Name} and {pact.Provider.Name}: it is not a pact for provider '{provider}'.");
        }

        return new LoadedPact
        {
            Pact = pact,
            Origin = url.ToString(),
            ResultsPublisher = document.Link(PublishRelation) is null ? null : new BrokerResultsPublisher(client, document, defaults),
        };
    }
}
