using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Pacts;

namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// The work-in-progress pacts (compatibility document, section 3 item 2): the pacts of every consumer branch head and
/// tag head published after the given time that the provider branch (or each provider tag) has not verified
/// successfully outside work in progress, and that the selectors did not pick already. They are always pending.
/// Without a provider branch or tags there are none.
/// </summary>
internal sealed class WorkInProgressPacts(SelectionStore selections, PactStore pacts, PendingStatus pending)
{
    public async Task<IReadOnlyList<VerifiablePact>> FindAsync(
        long providerId, ForVerificationRequest request, DateTimeOffset since, IReadOnlyList<VerifiablePact> selected,
        IReadOnlyDictionary<string, PacticipantRow> consumers, CancellationToken cancellationToken)
    {
        var (branch, tags) = (request.ProviderVersionBranch, request.ProviderVersionTags);
        if (branch is null && tags.Count == 0)
        {
            return [];
        }

        var rows = await selections.HeadsPublishedSinceAsync(providerId, since, cancellationToken).ConfigureAwait(false);
        var publications = (await pacts.FindByPublicationIdsAsync([.. rows.Select(r => r.PublicationId).Distinct()], cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.PublicationId);
        var taken = selected.Select(p => (p.Pact.ConsumerId, p.Pact.Sha)).ToHashSet();
        var candidates = rows.Where(r => !taken.Contains((publications[r.PublicationId].ConsumerId, publications[r.PublicationId].Sha))).ToList();
        var ids = candidates.Select(r => publications[r.PublicationId].PactVersionId).Distinct().ToList();

        var found = new List<VerifiablePact>();
        if (branch is not null)
        {
            var done = await pending.VerifiedForBranchAsync(ids, providerId, branch, excludeWip: true, cancellationToken).ConfigureAwait(false);
            found.AddRange(candidates.Where(r => !done.Contains(publications[r.PublicationId].PactVersionId))
                .Select(r => Wip(r, publications, consumers) with { ProviderBranch = branch }));
        }
        else
        {
            foreach (var tag in tags.Distinct(StringComparer.Ordinal))
            {
                var done = await pending.VerifiedForTagAsync(ids, providerId, tag, excludeWip: true, cancellationToken).ConfigureAwait(false);
                found.AddRange(candidates.Where(r => !done.Contains(publications[r.PublicationId].PactVersionId))
                    .Select(r => Wip(r, publications, consumers) with { PendingProviderTags = [tag] }));
            }
        }

        return VerifiablePactFinder.Group(found);
    }

    private static VerifiablePact Wip(SelectionRow row, Dictionary<long, PactRow> publications, IReadOnlyDictionary<string, PacticipantRow> consumers)
    {
        var selector = row.TagName is { } tag
            ? new ConsumerVersionSelector { Kind = SelectorKind.LatestTag, Tag = tag }
            : new ConsumerVersionSelector { Kind = SelectorKind.Branch, Branch = row.BranchName };
        var resolved = VerifiablePactFinder.Resolve(row, selector, fallback: false, publications);
        return VerifiablePactFinder.Verifiable(publications[row.PublicationId], resolved, consumers) with { Pending = true, Wip = true };
    }
}
