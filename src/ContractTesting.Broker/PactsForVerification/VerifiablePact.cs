using ContractTesting.Broker.Pacts;

namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// One pact content to verify: the newest publication that has it, every selector that picked it, and whether it is
/// pending or work in progress for the provider version that will verify it.
/// </summary>
/// <param name="Pact">The newest consumer version's publication with this content.</param>
/// <param name="Selectors">The selectors that picked it, in description order.</param>
/// <param name="ConsumerMainBranch">The consumer's main branch, for descriptions.</param>
/// <param name="Pending">Whether it is pending; <see langword="null"/> when pending status was not asked for.</param>
/// <param name="Wip">Whether it is included as a work-in-progress pact.</param>
/// <param name="PendingProviderTags">The provider tags it is pending for (tags mode).</param>
/// <param name="NonPendingProviderTags">The provider tags it is no longer pending for (tags mode).</param>
/// <param name="ProviderBranch">The provider version branch pending was worked out for (branch mode).</param>
internal sealed record VerifiablePact(
    PactRow Pact,
    IReadOnlyList<ResolvedSelector> Selectors,
    string? ConsumerMainBranch,
    bool? Pending,
    bool Wip,
    IReadOnlyList<string> PendingProviderTags,
    IReadOnlyList<string> NonPendingProviderTags,
    string? ProviderBranch)
{
    /// <summary>Two entries for the same content of the same consumer as one: the newer publication, all selectors, pending if either is.</summary>
    public VerifiablePact Merge(VerifiablePact other) => new(
        other.Pact.ConsumerVersionOrder > Pact.ConsumerVersionOrder ? other.Pact : Pact,
        [.. Selectors.Concat(other.Selectors).Distinct().Order(Comparer<ResolvedSelector>.Create(ResolvedSelector.Compare))],
        ConsumerMainBranch,
        Pending is null && other.Pending is null ? null : Pending == true || other.Pending == true,
        Wip || other.Wip,
        [.. PendingProviderTags.Union(other.PendingProviderTags, StringComparer.Ordinal)],
        [.. NonPendingProviderTags.Union(other.NonPendingProviderTags, StringComparer.Ordinal)],
        ProviderBranch);

    /// <summary>The list order: by consumer name, then consumer version.</summary>
    public static int Compare(VerifiablePact? a, VerifiablePact? b) =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => StringComparer.OrdinalIgnoreCase.Compare(a.Pact.ConsumerName, b.Pact.ConsumerName) is var byName and not 0
                ? byName
                : a.Pact.ConsumerVersionOrder.CompareTo(b.Pact.ConsumerVersionOrder),
        };
}
