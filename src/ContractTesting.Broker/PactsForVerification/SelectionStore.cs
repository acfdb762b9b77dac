using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// The pacts each kind of selector picks for a provider, always the newest revision of a consumer version's pact
/// (<c>latest_pact_publication_ids_for_consumer_versions</c>). "Latest" selectors read the maintained heads: a branch's
/// head is its newest version (<c>branch_heads</c>), and when that version has no pact with the provider, the branch
/// gives none (as in the Pact Broker); a tag's head is the newest version with the tag.
/// </summary>
internal sealed class SelectionStore(BrokerSession session)
{
    private const string From = "FROM latest_pact_publication_ids_for_consumer_versions l";

    /// <summary>The publications the selector picks.</summary>
    /// <param name="selector">The selector (its fallbacks are the caller's business).</param>
    /// <param name="providerId">The provider.</param>
    /// <param name="consumerId">Only this consumer's, when given.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public async Task<IReadOnlyList<SelectionRow>> SelectAsync(ConsumerVersionSelector selector, long providerId, long? consumerId, CancellationToken cancellationToken)
    {
        if (selector.Kind == SelectorKind.Environment)
        {
            var deployed = await SelectAsync(selector with { Kind = SelectorKind.Deployed }, providerId, consumerId, cancellationToken).ConfigureAwait(false);
            var released = await SelectAsync(selector with { Kind = SelectorKind.Released }, providerId, consumerId, cancellationToken).ConfigureAwait(false);
            return [.. deployed, .. released];
        }

        var (join, columns) = Join(selector);
        var consumerFilter = consumerId is null ? "" : "AND l.consumer_id = @consumerId";
        return await session.QueryAsync<SelectionRow>(
            $"SELECT l.pact_publication_id AS publication_id{columns} {From} {join} WHERE l.provider_id = @providerId {consumerFilter}",
            new { providerId, consumerId, branch = selector.Branch, tag = selector.Tag, environment = selector.Environment }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The work-in-progress candidates: the pacts of every branch head and every tag head published after
    /// <paramref name="since"/>, each with the branch or tag it heads.
    /// </summary>
    public Task<IReadOnlyList<SelectionRow>> HeadsPublishedSinceAsync(long providerId, DateTimeOffset since, CancellationToken cancellationToken) =>
        session.QueryAsync<SelectionRow>(
            $"""
            SELECT l.pact_publication_id AS publication_id, h.branch_name, NULL AS tag_name
            {From} JOIN pact_publications pp ON pp.id = l.pact_publication_id JOIN branch_heads h ON h.version_id = l.consumer_version_id
            WHERE l.provider_id = @providerId AND pp.created_at > @since
            UNION ALL
            SELECT l.pact_publication_id AS publication_id, NULL AS branch_name, ht.name AS tag_name
            {From} JOIN pact_publications pp ON pp.id = l.pact_publication_id
            JOIN (SELECT t.pacticipant_id, t.name, MAX(t.version_order) AS newest FROM tags t
                  WHERE t.pacticipant_id IN (SELECT consumer_id FROM integrations WHERE provider_id = @providerId)
                  GROUP BY t.pacticipant_id, t.name) ht
              ON ht.pacticipant_id = l.consumer_id AND ht.newest = l.consumer_version_order
            WHERE l.provider_id = @providerId AND pp.created_at > @since
            """,
            new { providerId, since }, cancellationToken);

    private static (string Join, string Columns) Join(ConsumerVersionSelector selector) => selector.Kind switch
    {
        SelectorKind.OverallLatest => (
            """
            JOIN (SELECT consumer_id, MAX(consumer_version_order) AS newest FROM latest_pact_publication_ids_for_consumer_versions
                  WHERE provider_id = @providerId GROUP BY consumer_id) m
              ON m.consumer_id = l.consumer_id AND m.newest = l.consumer_version_order
            """, ""),
        SelectorKind.MainBranch => (
            "JOIN pacticipants c ON c.id = l.consumer_id JOIN branch_heads h ON h.version_id = l.consumer_version_id AND h.branch_name = c.main_branch",
            ", h.branch_name"),
        SelectorKind.AllBranches => ("JOIN branch_heads h ON h.version_id = l.consumer_version_id", ", h.branch_name"),
        SelectorKind.Branch => ("JOIN branch_heads h ON h.version_id = l.consumer_version_id AND h.branch_name = @branch", ", h.branch_name"),
        SelectorKind.LatestTag => (
            """
            JOIN (SELECT pacticipant_id, MAX(version_order) AS newest FROM tags WHERE name = @tag GROUP BY pacticipant_id) ht
              ON ht.pacticipant_id = l.consumer_id AND ht.newest = l.consumer_version_order
            """, ", @tag AS tag_name"),
        SelectorKind.AllForTag => ("JOIN tags t ON t.version_id = l.consumer_version_id AND t.name = @tag", ", t.name AS tag_name"),
        SelectorKind.Deployed => (
            $"""
            JOIN currently_deployed_version_ids cd ON cd.version_id = l.consumer_version_id
            JOIN deployed_versions d ON d.id = cd.deployed_version_id
            JOIN environments e ON e.id = cd.environment_id {(selector.Environment is null ? "" : "AND e.name = @environment")}
            """, ", e.name AS environment_name, e.production AS environment_production, d.target"),
        SelectorKind.Released => (
            $"""
            JOIN released_versions r ON r.version_id = l.consumer_version_id AND r.support_ended_at IS NULL
            JOIN environments e ON e.id = r.environment_id {(selector.Environment is null ? "" : "AND e.name = @environment")}
            """, ", e.name AS environment_name, e.production AS environment_production"),
        _ => throw new ArgumentOutOfRangeException(nameof(selector), selector.Kind, "No query for this kind of selector."),
    };
}
