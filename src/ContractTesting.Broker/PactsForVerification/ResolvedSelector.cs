namespace ContractTesting.Broker.PactsForVerification;

/// <summary>A selector with the consumer version it picked, and what it was picked through.</summary>
/// <param name="Selector">The selector as asked.</param>
/// <param name="ConsumerVersionId">The consumer version's id.</param>
/// <param name="ConsumerVersionNumber">The consumer version number.</param>
/// <param name="ConsumerVersionOrder">The consumer version's creation order.</param>
/// <param name="Branch">The branch the version heads (branch selectors; for <c>branch: true</c>, which branch).</param>
/// <param name="Tag">The tag it was found by (for a fallback, the fallback tag).</param>
/// <param name="Environment">The environment it is deployed or released to (environment selectors).</param>
/// <param name="Production">Whether that environment is a production one.</param>
/// <param name="UsedFallback">Whether it was found through the fallback tag or branch.</param>
internal sealed record ResolvedSelector(
    ConsumerVersionSelector Selector,
    long ConsumerVersionId,
    string ConsumerVersionNumber,
    long ConsumerVersionOrder,
    string? Branch,
    string? Tag,
    string? Environment,
    bool Production,
    bool UsedFallback)
{
    public SelectorKind Kind => Selector.Kind;

    /// <summary>The order selectors are described in: by kind, then by branch, tag or environment, then by consumer version.</summary>
    public static int Compare(ResolvedSelector? a, ResolvedSelector? b) =>
        (a, b) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind)
                : a.Production != b.Production ? a.Production.CompareTo(b.Production)
                : string.CompareOrdinal(a.Branch ?? a.Tag ?? a.Environment, b.Branch ?? b.Tag ?? b.Environment) is var byName and not 0 ? byName
                : string.CompareOrdinal(a.Selector.Consumer, b.Selector.Consumer) is var byConsumer and not 0 ? byConsumer
                : a.ConsumerVersionOrder.CompareTo(b.ConsumerVersionOrder),
        };
}
