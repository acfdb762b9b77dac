namespace ContractTesting.Broker.Matrix;

/// <summary>
/// Answers a matrix question: resolves the selectors, finds the integrations they take part in, adds a selector for
/// each other pacticipant at the destination (when one is given), reads the rows, keeps the newest ones
/// (<see cref="MatrixLatestBy"/>) and sets the ignored ones apart.
/// </summary>
internal sealed class MatrixFinder(SelectorResolver resolver, MatrixIntegrationStore integrations, MatrixRowStore rows)
{
    public async Task<MatrixResult> FindAsync(MatrixQuery query, CancellationToken cancellationToken)
    {
        var ignore = await resolver.ResolveAsync(query.Ignore, SelectorRole.Ignore, [], cancellationToken).ConfigureAwait(false);
        var specified = await resolver.ResolveAsync(query.Selectors, SelectorRole.Specified, ignore, cancellationToken).ConfigureAwait(false);
        var involved = await IntegrationsAsync(query, specified, cancellationToken).ConfigureAwait(false);

        var selectors = specified;
        if (query.InfersSelectors)
        {
            var named = specified.Select(s => s.PacticipantName).ToHashSet(StringComparer.Ordinal);
            var others = involved.SelectMany(i => new[] { i.ConsumerName, i.ProviderName }).Where(name => !named.Contains(name)).Distinct(StringComparer.Ordinal);
            var inferred = await resolver.ResolveAsync(others.Select(name => AtDestination(name, query)), SelectorRole.Inferred, ignore, cancellationToken)
                .ConfigureAwait(false);
            selectors = [.. specified, .. inferred];
        }

        var latest = query.LatestBy != MatrixLatestBy.None;
        var found = selectors.Count == 1
            ? await rows.ForOneSelectorAsync(selectors[0], latest, query.Limit, cancellationToken).ConfigureAwait(false)
            : await rows.ForSelectorsAsync(selectors, [.. specified.Select(s => s.PacticipantId).Distinct()], latest, query.Limit, cancellationToken)
                .ConfigureAwait(false);
        var kept = KeepLatest(found, query.LatestBy);
        var ignored = kept.Where(row => IsIgnored(row, ignore)).ToList();
        var considered = kept.Where(row => !IsIgnored(row, ignore)).ToList();
        considered.Sort(MatrixRow.Compare);
        ignored.Sort(MatrixRow.Compare);
        return new MatrixResult(query, considered, ignored, selectors, ignore, involved);
    }

    // A pacticipant that was not asked about is taken at the destination: "the versions of Bar in production".
    private static MatrixSelector AtDestination(string name, MatrixQuery query) => new()
    {
        Pacticipant = name,
        Tag = query.Tag,
        MainBranch = query.MainBranch,
        Latest = query.Latest,
        Environment = query.Environment,
    };

    private async Task<IReadOnlyList<MatrixIntegration>> IntegrationsAsync(
        MatrixQuery query, IReadOnlyList<ResolvedSelector> specified, CancellationToken cancellationToken)
    {
        List<MatrixIntegration> found;
        if (query.InfersSelectors || specified.Count == 1)
        {
            found = [];
            foreach (var selector in specified)
            {
                found.AddRange(await integrations.AsConsumerAsync(selector, cancellationToken).ConfigureAwait(false));
            }

            found.AddRange(await integrations.AsProviderAsync([.. specified.Select(s => s.PacticipantId).Distinct()], cancellationToken).ConfigureAwait(false));

            // A pair found both ways is required: the consumer side needs it.
            found = [.. found.GroupBy(i => (i.ConsumerId, i.ProviderId)).Select(pair => pair.FirstOrDefault(i => i.Required) ?? pair.First())];
        }
        else
        {
            var names = specified.Select(s => s.PacticipantName).ToHashSet(StringComparer.Ordinal);
            found = [.. await integrations.BetweenAsync(specified, names, cancellationToken).ConfigureAwait(false)];
        }

        return [.. found.OrderBy(i => i.ConsumerName, StringComparer.Ordinal).ThenBy(i => i.ProviderName, StringComparer.Ordinal)];
    }

    private static List<MatrixRow> KeepLatest(IReadOnlyList<MatrixRow> rows, MatrixLatestBy latestBy)
    {
        if (latestBy == MatrixLatestBy.None)
        {
            return [.. rows];
        }

        // Rows arrive newest first; a row without a provider version is alone in its group.
        return [.. rows
            .GroupBy(row => latestBy switch
            {
                MatrixLatestBy.ConsumerVersionProviderVersion => (row.ConsumerId, row.ConsumerVersionId, row.ProviderId, row.ProviderVersionId),
                MatrixLatestBy.ConsumerVersionProvider => (row.ConsumerId, row.ConsumerVersionId, row.ProviderId, (long?)null),
                _ => (row.ConsumerId, 0L, row.ProviderId, (long?)null),
            })
            .Select(group => group.First().ProviderVersionId is null ? group.First() : group.MaxBy(row => row.ProviderVersionOrder)!)];
    }

    private static bool IsIgnored(MatrixRow row, IReadOnlyList<ResolvedSelector> ignore) => ignore.Any(s =>
        (s.PacticipantId == row.ConsumerId && (s.Original.OnlyPacticipant || s.VersionId == row.ConsumerVersionId))
        || (s.PacticipantId == row.ProviderId && (s.Original.OnlyPacticipant || s.VersionId == row.ProviderVersionId)));
}
