namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// A consumer version selector, checked and normalised: <c>deployedOrReleased</c> is two selectors (deployed and
/// released), <c>matchingBranch</c> is a branch selector for the provider version's branch.
/// </summary>
internal sealed record ConsumerVersionSelector
{
    public required SelectorKind Kind { get; init; }

    /// <summary>Only this consumer's versions, when given.</summary>
    public string? Consumer { get; init; }

    /// <summary>The branch of a <see cref="SelectorKind.Branch"/> selector.</summary>
    public string? Branch { get; init; }

    /// <summary>The branch used when <see cref="Branch"/> has no pact.</summary>
    public string? FallbackBranch { get; init; }

    /// <summary>The tag of a tag selector.</summary>
    public string? Tag { get; init; }

    /// <summary>The tag used when no version with <see cref="Tag"/> has a pact.</summary>
    public string? FallbackTag { get; init; }

    /// <summary>The environment of a deployed, released or environment selector, if it names one.</summary>
    public string? Environment { get; init; }

    /// <summary>Whether the selector picks one (the newest) version rather than several.</summary>
    public bool Latest => Kind is SelectorKind.OverallLatest or SelectorKind.MainBranch or SelectorKind.AllBranches or SelectorKind.Branch or SelectorKind.LatestTag;

    /// <summary>The same selector for one consumer (the defaults are built per consumer).</summary>
    public ConsumerVersionSelector ForConsumer(string consumer) => this with { Consumer = consumer };
}
