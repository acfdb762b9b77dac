namespace ContractTesting.Broker.Deployments;

/// <summary>A row of <c>deployed_versions</c>, with its version's number and pacticipant's name.</summary>
internal sealed class DeployedVersionRow
{
    public long Id { get; init; }

    public string Uuid { get; init; } = "";

    public long VersionId { get; init; }

    public string VersionNumber { get; init; } = "";

    public long PacticipantId { get; init; }

    public string PacticipantName { get; init; } = "";

    public long EnvironmentId { get; init; }

    /// <summary>The application instance (the API's <c>applicationInstance</c>, formerly <c>target</c>), if any.</summary>
    public string? Target { get; init; }

    /// <summary>Whether it is the pacticipant's current deployment in its environment and instance (<c>currently_deployed_version_ids</c>).</summary>
    public bool CurrentlyDeployed { get; init; }

    public DateTimeOffset? UndeployedAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
