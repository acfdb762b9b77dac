using ContractTesting.BrokerClient;

namespace ContractTesting.Sources;

/// <summary>
/// The pacts a Pact Broker selects for the provider (<c>pb:provider-pacts-for-verification</c>), each fetched by its
/// URL, with the broker's pending and work-in-progress status and its notices.
/// </summary>
internal sealed class BrokerPactSource(PactBrokerClient client, PactsForVerificationRequest request) : IPactSource
{
    public async Task<IReadOnlyList<LoadedPact>> LoadAsync(string provider, CancellationToken cancellationToken)
    {
        IReadOnlyList<VerifiablePact> selected;
        try
        {
            selected = await client.GetPactsForVerificationAsync(provider, request, cancellationToken).ConfigureAwait(false);
        }
        catch (PactBrokerException e)
        {
            throw new PactSourceException($"The pacts for provider '{provider}' could not be fetched from the broker at {client.IndexUrl}: {e.Message}", e);
        }

        var defaults = new ProviderVersionDefaults(request.ProviderVersionBranch, request.ProviderVersionTags);
        var pacts = new List<LoadedPact>();
        foreach (var verifiable in selected)
        {
            var pact = await BrokerPactDocument.LoadAsync(client, verifiable.Href, provider, defaults, cancellationToken).ConfigureAwait(false);
            pacts.Add(pact with
            {
                Pending = verifiable.Pending || verifiable.WorkInProgress,
                WorkInProgress = verifiable.WorkInProgress,
                Notices = [.. verifiable.Notices.Where(n => n.When is "" or BrokerNotice.BeforeVerification).Select(n => n.Text)],
            });
        }

        return pacts;
    }
}
