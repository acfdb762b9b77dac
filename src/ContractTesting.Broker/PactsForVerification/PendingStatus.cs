namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// Whether each pact is pending for the provider version that will verify it (a failed verification of a pending pact
/// does not fail the provider's build). With a provider branch: pending until a version on that branch verified the
/// content successfully, or a version on another branch did before the branch was created. With tags only: the same,
/// per tag, and pending if it is for any tag. With neither: pending until any provider version verified it.
/// </summary>
internal sealed class PendingStatus(VerifiedContentStore verified)
{
    public async Task<List<VerifiablePact>> ApplyAsync(
        IReadOnlyList<VerifiablePact> pacts, long providerId, ForVerificationRequest request, CancellationToken cancellationToken)
    {
        var ids = pacts.Select(p => p.Pact.PactVersionId).Distinct().ToList();
        if (request.ProviderVersionBranch is { } branch)
        {
            var done = await VerifiedForBranchAsync(ids, providerId, branch, excludeWip: false, cancellationToken).ConfigureAwait(false);
            return [.. pacts.Select(p => p with { Pending = !done.Contains(p.Pact.PactVersionId), ProviderBranch = branch })];
        }

        if (request.ProviderVersionTags.Count > 0)
        {
            var doneByTag = new Dictionary<string, IReadOnlySet<long>>(StringComparer.Ordinal);
            foreach (var tag in request.ProviderVersionTags.Distinct(StringComparer.Ordinal))
            {
                doneByTag[tag] = await VerifiedForTagAsync(ids, providerId, tag, excludeWip: false, cancellationToken).ConfigureAwait(false);
            }

            return [.. pacts.Select(p =>
            {
                var pendingTags = doneByTag.Where(t => !t.Value.Contains(p.Pact.PactVersionId)).Select(t => t.Key).ToList();
                return p with
                {
                    Pending = pendingTags.Count > 0,
                    PendingProviderTags = pendingTags,
                    NonPendingProviderTags = [.. doneByTag.Keys.Except(pendingTags, StringComparer.Ordinal)],
                };
            })];
        }

        var verifiedByAny = await verified.ByAnyAsync(ids, cancellationToken).ConfigureAwait(false);
        return [.. pacts.Select(p => p with { Pending = !verifiedByAny.Contains(p.Pact.PactVersionId) })];
    }

    /// <summary>The contents no longer pending for the provider branch.</summary>
    public async Task<IReadOnlySet<long>> VerifiedForBranchAsync(
        IReadOnlyCollection<long> ids, long providerId, string branch, bool excludeWip, CancellationToken cancellationToken)
    {
        var onBranch = await verified.ByBranchAsync(ids, providerId, branch, excludeWip, cancellationToken).ConfigureAwait(false);
        var before = await verified.ByOtherBranchBeforeAsync(ids, providerId, branch, excludeWip, cancellationToken).ConfigureAwait(false);
        return onBranch.Union(before).ToHashSet();
    }

    /// <summary>The contents no longer pending for the provider tag.</summary>
    public async Task<IReadOnlySet<long>> VerifiedForTagAsync(
        IReadOnlyCollection<long> ids, long providerId, string tag, bool excludeWip, CancellationToken cancellationToken)
    {
        var withTag = await verified.ByTagAsync(ids, providerId, tag, excludeWip, cancellationToken).ConfigureAwait(false);
        var before = await verified.ByOtherTagBeforeAsync(ids, providerId, tag, excludeWip, cancellationToken).ConfigureAwait(false);
        return withTag.Union(before).ToHashSet();
    }
}
