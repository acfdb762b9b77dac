namespace ContractTesting.Broker.Matrix;

/// <summary>
/// A matrix question (<c>GET /matrix</c> or <c>GET /can-i-deploy</c>): the selectors asked about, the ones to ignore,
/// and where the versions are going (<see cref="Tag"/>, <see cref="Environment"/> or <see cref="MainBranch"/>, with
/// <see cref="Latest"/>), which decides which versions of the other pacticipants they must work with.
/// </summary>
internal sealed record MatrixQuery
{
    public const int DefaultLimit = 100;

    public IReadOnlyList<MatrixSelector> Selectors { get; init; } = [];

    public IReadOnlyList<MatrixSelector> Ignore { get; init; } = [];

    public MatrixLatestBy LatestBy { get; init; }

    public bool Latest { get; init; }

    public string? Tag { get; init; }

    public string? Environment { get; init; }

    public bool MainBranch { get; init; }

    /// <summary>The most pact publications (and rows) to read; at least 1.</summary>
    public int Limit { get; init; } = DefaultLimit;

    /// <summary>
    /// Whether the other pacticipants of each integration get a selector of their own (the versions at the
    /// destination): when any of latest, tag, environment or main branch is asked for.
    /// </summary>
    public bool InfersSelectors => Latest || Tag is not null || Environment is not null || MainBranch;

    /// <summary>Whether a destination (tag, environment or main branch) was given.</summary>
    public bool HasDestination => Tag is not null || Environment is not null || MainBranch;
}
