using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Matrix;

/// <summary>
/// Reads matrix rows: pact publications of the selected consumer versions joined to the verifications of their
/// content by the selected provider versions. With <c>latestby</c> only the latest revision per consumer version and the
/// latest verification per content and provider version take part (the <c>latest_*</c> tables kept on write);
/// without it, every revision and every verification.
/// </summary>
internal sealed class MatrixRowStore(BrokerSession session)
{
    private const string LatestPacts = """
        SELECT l.consumer_id, l.provider_id, l.consumer_version_id, l.pact_version_id, l.pact_publication_id, l.created_at
        FROM latest_pact_publication_ids_for_consumer_versions l
        """;

    private const string EveryPact = """
        SELECT l.consumer_id, l.provider_id, l.consumer_version_id, l.pact_version_id, l.id AS pact_publication_id, l.created_at
        FROM pact_publications l
        """;

    private const string LatestVerifications = """
        SELECT w.pact_version_id, w.provider_version_id, w.verification_id
        FROM latest_verification_id_for_pact_version_and_provider_version w
        """;

    private const string EveryVerification = """
        SELECT w.pact_version_id, w.provider_version_id, w.id AS verification_id
        FROM verifications w
        """;

    /// <summary>
    /// The rows of one selector, whether its pacticipant is the consumer (with any verification of its pacts, or none)
    /// or the provider (the pacts its versions verified).
    /// </summary>
    public async Task<IReadOnlyList<MatrixRow>> ForOneSelectorAsync(ResolvedSelector selector, bool latest, int limit, CancellationToken cancellationToken)
    {
        var parameters = Parameters([selector], [], limit);
        var asConsumer = await QueryAsync(latest, Matches("l.consumer", [selector]), "1 = 1", innerJoin: false, "1 = 1", parameters, cancellationToken)
            .ConfigureAwait(false);
        var asProvider = await QueryAsync(latest, "l.provider_id = @pacticipantId", Matches("w.provider", [selector]), innerJoin: true, "1 = 1",
            parameters, cancellationToken).ConfigureAwait(false);
        return [.. asConsumer.Concat(asProvider).DistinctBy(row => (row.PactPublicationId, row.VerificationId))];
    }

    /// <summary>
    /// The rows among several selectors: pacts from a selected consumer version to a selected provider, each with
    /// the verifications by a selected provider version (or none), where a specified pacticipant takes part.
    /// </summary>
    public Task<IReadOnlyList<MatrixRow>> ForSelectorsAsync(
        IReadOnlyList<ResolvedSelector> selectors, IReadOnlyList<long> specifiedIds, bool latest, int limit, CancellationToken cancellationToken)
    {
        var inList = session.Dialect.InList;
        return QueryAsync(
            latest,
            $"{Matches("l.consumer", selectors)} AND l.provider_id {inList("@allIds")}",
            $"{Matches("w.provider", selectors)} AND w.consumer_id {inList("@allIds")}",
            innerJoin: false,
            $"(p.consumer_id {inList("@specifiedIds")} OR p.provider_id {inList("@specifiedIds")})",
            Parameters(selectors, specifiedIds, limit),
            cancellationToken);
    }

    private static object Parameters(IReadOnlyList<ResolvedSelector> selectors, IReadOnlyList<long> specifiedIds, int limit) => new
    {
        pacticipantId = selectors[0].PacticipantId,
        allIds = selectors.Select(s => s.PacticipantId).Distinct().ToArray(),
        everyVersionOf = selectors.Where(s => s.AllVersions).Select(s => s.PacticipantId).Distinct().ToArray(),
        versionIds = selectors.Where(s => !s.AllVersions).Select(s => s.VersionId!.Value).Distinct().ToArray(),
        specifiedIds = specifiedIds.ToArray(),
        limit,
    };

    // The condition that a pact's consumer (or a verification's provider) is one of the selected versions.
    private string Matches(string side, IReadOnlyList<ResolvedSelector> selectors)
    {
        var conditions = new List<string>();
        if (selectors.Any(s => s.AllVersions))
        {
            conditions.Add($"{side}_id {session.Dialect.InList("@everyVersionOf")}");
        }

        if (selectors.Any(s => !s.AllVersions))
        {
            conditions.Add($"{side}_version_id {session.Dialect.InList("@versionIds")}");
        }

        return $"({string.Join(" OR ", conditions)})";
    }

    private Task<IReadOnlyList<MatrixRow>> QueryAsync(
        bool latest, string pactCondition, string verificationCondition, bool innerJoin, string rowCondition, object parameters,
        CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT p.consumer_id, c.name AS consumer_name, p.consumer_version_id, cv.number AS consumer_version_number,
              cv.version_order AS consumer_version_order, p.pact_publication_id, pp.revision_number AS pact_revision_number,
              pp.created_at AS pact_created_at, pv.sha AS pact_version_sha,
              p.provider_id, pr.name AS provider_name, v.provider_version_id, prv.number AS provider_version_number,
              prv.version_order AS provider_version_order, v.verification_id, vr.number AS verification_number, vr.success,
              vr.execution_date AS verified_at
            FROM ({(latest ? LatestPacts : EveryPact)} WHERE {pactCondition} ORDER BY l.created_at DESC LIMIT @limit) p
            {(innerJoin ? "JOIN" : "LEFT JOIN")} ({(latest ? LatestVerifications : EveryVerification)} WHERE {verificationCondition}) v
              ON v.pact_version_id = p.pact_version_id
            JOIN pacticipants c ON c.id = p.consumer_id
            JOIN pacticipants pr ON pr.id = p.provider_id
            JOIN versions cv ON cv.id = p.consumer_version_id
            JOIN pact_publications pp ON pp.id = p.pact_publication_id
            JOIN pact_versions pv ON pv.id = p.pact_version_id
            LEFT JOIN versions prv ON prv.id = v.provider_version_id
            LEFT JOIN verifications vr ON vr.id = v.verification_id
            WHERE {rowCondition}
            ORDER BY CASE WHEN prv.created_at IS NOT NULL AND prv.created_at > cv.created_at THEN prv.created_at ELSE cv.created_at END DESC,
              p.pact_publication_id DESC, v.verification_id DESC
            LIMIT @limit
            """;
        return session.QueryAsync<MatrixRow>(sql, parameters, cancellationToken);
    }
}
