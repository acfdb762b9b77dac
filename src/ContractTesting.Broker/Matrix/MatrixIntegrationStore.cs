using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Matrix;

/// <summary>Finds the integrations (consumer and provider pairs with a pact) a matrix question involves.</summary>
internal sealed class MatrixIntegrationStore(BrokerSession session)
{
    // The pairs a query finds, with both names.
    private static string Named(string pairs) => $"""
        SELECT i.consumer_id, c.name AS consumer_name, i.provider_id, p.name AS provider_name
        FROM ({pairs}) i JOIN pacticipants c ON c.id = i.consumer_id JOIN pacticipants p ON p.id = i.provider_id
        """;

    /// <summary>The providers of the selector's versions (of every version when it selects them all): each is required.</summary>
    public async Task<IReadOnlyList<MatrixIntegration>> AsConsumerAsync(ResolvedSelector selector, CancellationToken cancellationToken)
    {
        var versionCondition = selector.AllVersions ? "" : "AND l.consumer_version_id = @versionId";
        var pairs = $"SELECT DISTINCT l.consumer_id, l.provider_id FROM latest_pact_publication_ids_for_consumer_versions l WHERE l.consumer_id = @pacticipantId {versionCondition}";
        var rows = await session.QueryAsync<Pair>(Named(pairs),
            new { pacticipantId = selector.PacticipantId, versionId = selector.VersionId }, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => row.ToIntegration(required: true))];
    }

    /// <summary>The consumers of these providers: not required, since a provider may be deployed before its consumers.</summary>
    public async Task<IReadOnlyList<MatrixIntegration>> AsProviderAsync(IReadOnlyList<long> providerIds, CancellationToken cancellationToken)
    {
        var pairs = $"SELECT consumer_id, provider_id FROM integrations WHERE provider_id {session.Dialect.InList("@providerIds")}";
        var rows = await session.QueryAsync<Pair>(Named(pairs),
            new { providerIds = providerIds.ToArray() }, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => row.ToIntegration(required: false))];
    }

    /// <summary>
    /// The pairs among the selected pacticipants that have a pact from a selected consumer version; required when
    /// the consumer is one of <paramref name="specifiedNames"/>.
    /// </summary>
    public async Task<IReadOnlyList<MatrixIntegration>> BetweenAsync(
        IReadOnlyList<ResolvedSelector> selectors, IReadOnlySet<string> specifiedNames, CancellationToken cancellationToken)
    {
        var allVersions = selectors.Where(s => s.AllVersions).Select(s => s.PacticipantId).Distinct().ToArray();
        var versions = selectors.Where(s => !s.AllVersions).Select(s => s.VersionId!.Value).Distinct().ToArray();
        var ids = selectors.Select(s => s.PacticipantId).Distinct().ToArray();

        // Only the parts that select something: an empty list in an OR keeps SQLite from using the primary key.
        var consumers = new List<string>();
        if (allVersions.Length > 0)
        {
            consumers.Add($"l.consumer_id {session.Dialect.InList("@allVersions")}");
        }

        if (versions.Length > 0)
        {
            consumers.Add($"l.consumer_version_id {session.Dialect.InList("@versions")}");
        }

        var pairs = $"""
            SELECT DISTINCT l.consumer_id, l.provider_id FROM latest_pact_publication_ids_for_consumer_versions l
            WHERE ({string.Join(" OR ", consumers)}) AND l.provider_id {session.Dialect.InList("@ids")}
            """;
        var rows = await session.QueryAsync<Pair>(Named(pairs),
            new { allVersions, versions, ids }, cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => row.ToIntegration(specifiedNames.Contains(row.ConsumerName)))];
    }

    private sealed class Pair
    {
        public long ConsumerId { get; init; }

        public string ConsumerName { get; init; } = "";

        public long ProviderId { get; init; }

        public string ProviderName { get; init; } = "";

        public MatrixIntegration ToIntegration(bool required) => new(ConsumerId, ConsumerName, ProviderId, ProviderName, required);
    }
}
