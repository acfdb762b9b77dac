namespace ContractTesting.BrokerClient;

/// <summary>The consumer side: publishing pacts.</summary>
public sealed partial class PactBrokerClient
{
    /// <summary>The index relation pacts are published through.</summary>
    public const string PublishContractsRelation = "pb:publish-contracts";

    /// <summary>
    /// Publishes a consumer version's pacts in one request (<c>POST pb:publish-contracts</c>), as the official
    /// <c>pact broker publish</c> does: the broker creates the pacticipant and version if needed, puts the version on
    /// its branch, tags it, then stores each pact.
    /// </summary>
    /// <returns>The broker's notices and links.</returns>
    /// <exception cref="ArgumentException">The publication is invalid.</exception>
    /// <exception cref="PactBrokerException">
    /// The broker does not offer <c>pb:publish-contracts</c>, or refused the publication; a 409 (changed content for a
    /// published version) carries the broker's notices, among them the diff.
    /// </exception>
    public async Task<ContractsPublished> PublishContractsAsync(ContractsPublication publication, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publication);
        publication.Validate();
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var link = index.Link(PublishContractsRelation) ?? throw new PactBrokerException(
            $"The broker at {IndexUrl} does not accept publications: its index has no '{PublishContractsRelation}' link.");
        var answer = await SendAsync(HttpMethod.Post, link.Expand(null, index.Location), publication.ToJson(), cancellationToken).ConfigureAwait(false);
        return new ContractsPublished
        {
            Notices = BrokerMessage.ReadAll(answer.Json["notices"]),
            VersionUrl = answer.Link("pb:pacticipant-version")?.Expand(null, answer.Location),
            ContractUrls = [.. answer.Links("pb:contracts").Select(l => l.Expand(null, answer.Location))],
        };
    }
}
