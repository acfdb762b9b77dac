namespace ContractTesting.Broker.PactsForVerification;

/// <summary>A publication a selector picked, with what picked it (the branch, tag or environment it was found through).</summary>
internal sealed class SelectionRow
{
    public long PublicationId { get; init; }

    public string? BranchName { get; init; }

    public string? TagName { get; init; }

    public string? EnvironmentName { get; init; }

    public bool EnvironmentProduction { get; init; }

    /// <summary>The application instance of a deployment.</summary>
    public string? Target { get; init; }
}
