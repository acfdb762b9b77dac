namespace ContractTesting.Broker.Environments;

/// <summary>A deployment or release of a version to an environment, as a version's links list it.</summary>
internal sealed class VersionPlacement
{
    public string Uuid { get; init; } = "";

    public string EnvironmentName { get; init; } = "";

    public string? EnvironmentDisplayName { get; init; }

    /// <summary>Deployed: not yet undeployed. Released: support not yet ended.</summary>
    public bool IsCurrent { get; init; }

    /// <summary>The application instance a deployment is to, if any.</summary>
    public string? Target { get; init; }
}
