using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// Reads and writes <c>pact_versions</c> (content, unique per consumer, provider and SHA) and <c>pact_publications</c>
/// (revisions per consumer version and provider), and keeps <c>latest_pact_publication_ids_for_consumer_versions</c>
/// (the newest revision of each) up to date. Every "latest" query reads that table.
/// </summary>
internal sealed partial class PactStore(BrokerSession session, TimeProvider time)
{
    private const string Columns = """
        pp.id AS publication_id, pp.revision_number, pv.id AS pact_version_id, pv.sha,
        c.id AS consumer_id, c.name AS consumer_name, pr.id AS provider_id, pr.name AS provider_name,
        cv.id AS consumer_version_id, cv.number AS consumer_version_number, cv.version_order AS consumer_version_order, pp.created_at
        """;

    private const string FromLatest = """
        FROM latest_pact_publication_ids_for_consumer_versions l
        JOIN pact_publications pp ON pp.id = l.pact_publication_id
        JOIN pact_versions pv ON pv.id = l.pact_version_id
        JOIN versions cv ON cv.id = l.consumer_version_id
        JOIN pacticipants c ON c.id = l.consumer_id
        JOIN pacticipants pr ON pr.id = l.provider_id
        """;

    private const string WithContent = $"SELECT {Columns}, pv.content {FromLatest}";

    private const string WithoutContent = $"SELECT {Columns} {FromLatest}";

    /// <summary>The newest revision of the consumer version's pact with the provider.</summary>
    public Task<PactRow?> FindAsync(long consumerVersionId, long providerId, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<PactRow>($"{WithContent} WHERE l.consumer_version_id = @consumerVersionId AND l.provider_id = @providerId",
            new { consumerVersionId, providerId }, cancellationToken);

    public Task<PactRow?> FindAsync(string provider, string consumer, string consumerVersion, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<PactRow>(
            $"{WithContent} WHERE pr.name = @provider AND c.name = @consumer AND cv.number = @consumerVersion",
            new { provider, consumer, consumerVersion }, cancellationToken);

    /// <summary>Content by SHA, attributed to the newest consumer version that published it.</summary>
    public Task<PactRow?> FindByShaAsync(string provider, string consumer, string sha, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<PactRow>(
            $"{WithContent} WHERE pr.name = @provider AND c.name = @consumer AND pv.sha = @sha ORDER BY l.consumer_version_order DESC LIMIT 1",
            new { provider, consumer, sha }, cancellationToken);

    /// <summary>The pact of the newest consumer version (with the tag, when given) that has one with the provider.</summary>
    public Task<PactRow?> LatestAsync(string provider, string consumer, string? tag, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<PactRow>(
            tag is null
                ? $"{WithContent} WHERE pr.name = @provider AND c.name = @consumer ORDER BY l.consumer_version_order DESC LIMIT 1"
                : $"""
                  {WithContent} JOIN tags t ON t.version_id = l.consumer_version_id AND t.name = @tag
                  WHERE pr.name = @provider AND c.name = @consumer ORDER BY l.consumer_version_order DESC LIMIT 1
                  """,
            new { provider, consumer, tag }, cancellationToken);

    /// <summary>For every integration (or the provider's, or with the consumer version tag), the newest pact; no content.</summary>
    public Task<IReadOnlyList<PactRow>> LatestForIntegrationsAsync(long? providerId, string? tag, CancellationToken cancellationToken)
    {
        var tagJoin = tag is null ? "" : "JOIN tags t ON t.version_id = x.consumer_version_id AND t.name = @tag";
        var providerFilter = providerId is null ? "" : "WHERE x.provider_id = @providerId";
        return session.QueryAsync<PactRow>(
            $"""
            {WithoutContent}
            JOIN (SELECT x.provider_id, x.consumer_id, MAX(x.consumer_version_order) AS newest
                  FROM latest_pact_publication_ids_for_consumer_versions x {tagJoin} {providerFilter}
                  GROUP BY x.provider_id, x.consumer_id) m
              ON m.provider_id = l.provider_id AND m.consumer_id = l.consumer_id AND m.newest = l.consumer_version_order
            ORDER BY LOWER(c.name), LOWER(pr.name)
            """,
            new { providerId, tag }, cancellationToken);
    }

    /// <summary>The publications with the ids, each the newest revision of its consumer version's pact; no content.</summary>
    public Task<IReadOnlyList<PactRow>> FindByPublicationIdsAsync(IReadOnlyCollection<long> publicationIds, CancellationToken cancellationToken) =>
        publicationIds.Count == 0
            ? Task.FromResult<IReadOnlyList<PactRow>>([])
            : session.QueryAsync<PactRow>($"{WithoutContent} WHERE l.pact_publication_id {session.Dialect.InList("@ids")}", new { ids = publicationIds.ToArray() }, cancellationToken);

    /// <summary>The newest revision for each provider of a consumer version; no content.</summary>
    public Task<IReadOnlyList<PactRow>> ForConsumerVersionAsync(long consumerVersionId, CancellationToken cancellationToken) =>
        session.QueryAsync<PactRow>($"{WithoutContent} WHERE l.consumer_version_id = @consumerVersionId ORDER BY LOWER(pr.name)",
            new { consumerVersionId }, cancellationToken);

    /// <summary>
    /// Adds a revision of the consumer version's pact with the provider, storing the content unless a publication
    /// with the same SHA already did, and makes it the newest.
    /// </summary>
    public async Task<PactRow> AddRevisionAsync(
        long consumerId, long providerId, long consumerVersionId, long consumerVersionOrder, PactContent content, int revision, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await session.ExecuteAsync(
            """
            INSERT INTO pact_versions (consumer_id, provider_id, sha, content, interactions_count, messages_count, created_at)
            VALUES (@consumerId, @providerId, @Sha, @text, @InteractionsCount, @MessagesCount, @now)
            ON CONFLICT (consumer_id, provider_id, sha) DO NOTHING
            """,
            new { consumerId, providerId, content.Sha, text = content.ToStoredText(), content.InteractionsCount, content.MessagesCount, now },
            cancellationToken).ConfigureAwait(false);
        var pactVersionId = await session.QuerySingleAsync<long>(
            "SELECT id FROM pact_versions WHERE consumer_id = @consumerId AND provider_id = @providerId AND sha = @Sha",
            new { consumerId, providerId, content.Sha }, cancellationToken).ConfigureAwait(false);

        // A concurrent publication of the same revision fails this insert on the unique key; the request is run again.
        await session.ExecuteAsync(
            """
            INSERT INTO pact_publications (consumer_version_id, provider_id, consumer_id, revision_number, pact_version_id, consumer_version_order, created_at)
            VALUES (@consumerVersionId, @providerId, @consumerId, @revision, @pactVersionId, @consumerVersionOrder, @now)
            """,
            new { consumerVersionId, providerId, consumerId, revision, pactVersionId, consumerVersionOrder, now }, cancellationToken).ConfigureAwait(false);
        var publicationId = await session.QuerySingleAsync<long>(
            "SELECT id FROM pact_publications WHERE consumer_version_id = @consumerVersionId AND provider_id = @providerId AND revision_number = @revision",
            new { consumerVersionId, providerId, revision }, cancellationToken).ConfigureAwait(false);

        await session.ExecuteAsync(
            """
            INSERT INTO latest_pact_publication_ids_for_consumer_versions
              (consumer_version_id, provider_id, consumer_id, pact_publication_id, pact_version_id, consumer_version_order, created_at)
            VALUES (@consumerVersionId, @providerId, @consumerId, @publicationId, @pactVersionId, @consumerVersionOrder, @now)
            ON CONFLICT (consumer_version_id, provider_id) DO UPDATE SET
              pact_publication_id = excluded.pact_publication_id, pact_version_id = excluded.pact_version_id, created_at = excluded.created_at
            """,
            new { consumerVersionId, providerId, consumerId, publicationId, pactVersionId, consumerVersionOrder, now }, cancellationToken).ConfigureAwait(false);

        return await FindAsync(consumerVersionId, providerId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The publication just added was not found.");
    }

    /// <summary>The newest pact of the integration published by a consumer version older than the given one.</summary>
    public Task<PactRow?> PreviousAsync(long consumerId, long providerId, long beforeOrder, string? tag, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<PactRow>(
            tag is null
                ? $"{WithoutContent} WHERE l.consumer_id = @consumerId AND l.provider_id = @providerId AND l.consumer_version_order < @beforeOrder ORDER BY l.consumer_version_order DESC LIMIT 1"
                : $"""
                  {WithoutContent} JOIN tags t ON t.version_id = l.consumer_version_id AND t.name = @tag
                  WHERE l.consumer_id = @consumerId AND l.provider_id = @providerId AND l.consumer_version_order < @beforeOrder
                  ORDER BY l.consumer_version_order DESC LIMIT 1
                  """,
            new { consumerId, providerId, beforeOrder, tag }, cancellationToken);
}
