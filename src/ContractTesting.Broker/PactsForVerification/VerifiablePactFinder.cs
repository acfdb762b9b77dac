using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Pacts;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// Works out the pacts a provider version should verify (compatibility document, section 3): each selector's pacts
/// (or the defaults), fallbacks for selectors that found none, one entry per pact content with every selector that
/// picked it, whether each is pending, and the work-in-progress pacts.
/// </summary>
internal sealed class VerifiablePactFinder(
    SelectionStore selections, PactStore pacts, PacticipantStore pacticipants, VersionStore versions, PendingStatus pending, WorkInProgressPacts wip)
{
    public async Task<IReadOnlyList<VerifiablePact>> FindAsync(PacticipantRow provider, ForVerificationRequest request, CancellationToken cancellationToken)
    {
        var consumers = (await pacticipants.ConsumersOfAsync(provider.Id, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Name, StringComparer.Ordinal);
        var selectors = request.Selectors.Count > 0 ? request.Selectors : await DefaultsAsync(consumers.Values, cancellationToken).ConfigureAwait(false);
        var picked = new List<(SelectionRow Row, ConsumerVersionSelector Selector, bool Fallback)>();
        foreach (var selector in selectors)
        {
            long? consumerId = null;
            if (selector.Consumer is not null)
            {
                if (!consumers.TryGetValue(selector.Consumer, out var consumer))
                {
                    continue;
                }

                consumerId = consumer.Id;
            }

            var (rows, fallback) = await SelectWithFallbackAsync(selector, provider.Id, consumerId, cancellationToken).ConfigureAwait(false);
            picked.AddRange(rows.Select(row => (row, selector, fallback)));
        }

        var publications = (await pacts.FindByPublicationIdsAsync([.. picked.Select(p => p.Row.PublicationId).Distinct()], cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.PublicationId);
        var explicitPacts = Group(picked.Select(p => Verifiable(publications[p.Row.PublicationId], Resolve(p.Row, p.Selector, p.Fallback, publications), consumers)));
        if (request.IncludePendingStatus)
        {
            explicitPacts = await pending.ApplyAsync(explicitPacts, provider.Id, request, cancellationToken).ConfigureAwait(false);
        }

        var wipPacts = request.IncludeWipPactsSince is { } since
            ? await wip.FindAsync(provider.Id, request, since, explicitPacts, consumers, cancellationToken).ConfigureAwait(false)
            : [];
        return [.. explicitPacts, .. wipPacts];
    }

    /// <summary>Entries for the same content of the same consumer merged, in list order.</summary>
    public static List<VerifiablePact> Group(IEnumerable<VerifiablePact> entries) =>
        [.. entries.GroupBy(e => (e.Pact.ConsumerId, e.Pact.Sha)).Select(g => g.Aggregate((a, b) => a.Merge(b)))
            .Order(Comparer<VerifiablePact>.Create(VerifiablePact.Compare))];

    /// <summary>An entry for one publication picked by one selector.</summary>
    public static VerifiablePact Verifiable(PactRow pact, ResolvedSelector selector, IReadOnlyDictionary<string, PacticipantRow> consumers) =>
        new(pact, [selector], consumers.TryGetValue(pact.ConsumerName, out var consumer) ? consumer.MainBranch : null, null, false, [], [], null);

    /// <summary>The selector resolved to the publication's consumer version.</summary>
    public static ResolvedSelector Resolve(SelectionRow row, ConsumerVersionSelector selector, bool fallback, IReadOnlyDictionary<long, PactRow> publications)
    {
        var pact = publications[row.PublicationId];
        return new ResolvedSelector(
            selector, pact.ConsumerVersionId, pact.ConsumerVersionNumber, pact.ConsumerVersionOrder,
            row.BranchName, row.TagName, row.EnvironmentName, row.EnvironmentProduction, fallback);
    }

    private async Task<(IReadOnlyList<SelectionRow> Rows, bool Fallback)> SelectWithFallbackAsync(
        ConsumerVersionSelector selector, long providerId, long? consumerId, CancellationToken cancellationToken)
    {
        var rows = await selections.SelectAsync(selector, providerId, consumerId, cancellationToken).ConfigureAwait(false);
        var fallback = rows.Count > 0 ? null
            : selector.FallbackTag is { } tag ? selector with { Tag = tag, FallbackTag = null }
            : selector.FallbackBranch is { } branch ? selector with { Branch = branch, FallbackBranch = null }
            : null;
        return fallback is null ? (rows, false) : (await selections.SelectAsync(fallback, providerId, consumerId, cancellationToken).ConfigureAwait(false), true);
    }

    // With no selectors: for each consumer its main branch's head (else the newest version tagged with the main
    // branch's name, else its newest pact), and everything currently deployed or released.
    private async Task<IReadOnlyList<ConsumerVersionSelector>> DefaultsAsync(IEnumerable<PacticipantRow> consumers, CancellationToken cancellationToken)
    {
        var defaults = new List<ConsumerVersionSelector>();
        foreach (var consumer in consumers)
        {
            var main = consumer.MainBranch;
            var kind = main is null ? SelectorKind.OverallLatest
                : await versions.LatestOnBranchAsync(consumer.Id, main, cancellationToken).ConfigureAwait(false) is not null ? SelectorKind.MainBranch
                : await versions.LatestWithTagAsync(consumer.Id, main, cancellationToken).ConfigureAwait(false) is not null ? SelectorKind.LatestTag
                : SelectorKind.OverallLatest;
            defaults.Add(new ConsumerVersionSelector { Kind = kind, Consumer = consumer.Name, Tag = kind == SelectorKind.LatestTag ? main : null });
        }

        defaults.Add(new ConsumerVersionSelector { Kind = SelectorKind.Deployed });
        defaults.Add(new ConsumerVersionSelector { Kind = SelectorKind.Released });
        return defaults;
    }
}
