namespace ContractTesting.Broker.Pacts;

/// <summary>The pacts of every consumer version of a provider or an integration, and the pacts found from another one.</summary>
internal sealed partial class PactStore
{
    private const string WithTag = "JOIN tags t ON t.version_id = l.consumer_version_id AND t.name = @tag";

    /// <summary>
    /// The provider's pacts (the newest revision of each consumer version's), only those whose consumer version has the
    /// tag when given; by consumer name, oldest version first; no content.
    /// </summary>
    public Task<IReadOnlyList<PactRow>> ForProviderAsync(long providerId, string? tag, CancellationToken cancellationToken) =>
        session.QueryAsync<PactRow>(
            $"""
            {WithoutContent} {(tag is null ? "" : WithTag)}
            WHERE l.provider_id = @providerId
            ORDER BY LOWER(c.name), l.consumer_version_order
            """,
            new { providerId, tag }, cancellationToken);

    /// <summary>The integration's pacts, one per consumer version (with the tag, when given), newest first; no content.</summary>
    public Task<IReadOnlyList<PactRow>> ForIntegrationAsync(long providerId, long consumerId, string? tag, CancellationToken cancellationToken) =>
        session.QueryAsync<PactRow>(
            $"""
            {WithoutContent} {(tag is null ? "" : WithTag)}
            WHERE l.provider_id = @providerId AND l.consumer_id = @consumerId
            ORDER BY l.consumer_version_order DESC
            """,
            new { providerId, consumerId, tag }, cancellationToken);

    /// <summary>The pact of the newest consumer version without any tag that has one with the provider.</summary>
    public Task<PactRow?> LatestUntaggedAsync(string provider, string consumer, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<PactRow>(
            $"""
            {WithContent}
            WHERE pr.name = @provider AND c.name = @consumer AND NOT EXISTS (SELECT 1 FROM tags t WHERE t.version_id = l.consumer_version_id)
            ORDER BY l.consumer_version_order DESC LIMIT 1
            """,
            new { provider, consumer }, cancellationToken);

    /// <summary>The newest pact of the integration, from a consumer version older than the pact's, whose content differs from it.</summary>
    public Task<PactRow?> PreviousDistinctAsync(PactRow pact, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<PactRow>(
            $"""
            {WithContent}
            WHERE l.consumer_id = @ConsumerId AND l.provider_id = @ProviderId AND l.consumer_version_order < @ConsumerVersionOrder
              AND l.pact_version_id <> @PactVersionId
            ORDER BY l.consumer_version_order DESC LIMIT 1
            """,
            new { pact.ConsumerId, pact.ProviderId, pact.ConsumerVersionOrder, pact.PactVersionId }, cancellationToken);
}
