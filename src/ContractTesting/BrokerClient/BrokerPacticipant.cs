namespace ContractTesting.BrokerClient;

/// <summary>A pacticipant (an application that is a consumer, a provider or both) as the broker describes it.</summary>
public sealed record BrokerPacticipant
{
    /// <summary>Its name.</summary>
    public required string Name { get; init; }

    /// <summary>Its name for people, or null.</summary>
    public string? DisplayName { get; init; }

    /// <summary>Its main branch (e.g. <c>main</c>), which <c>mainBranch</c> selectors and <c>--main-branch</c> mean, or null.</summary>
    public string? MainBranch { get; init; }

    /// <summary>Its repository's URL, or null.</summary>
    public string? RepositoryUrl { get; init; }

    /// <summary>When it was created, or null.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When it was last changed, or null.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    internal static BrokerPacticipant Read(HalResource resource) => new()
    {
        Name = HalValues.Text(resource.Json["name"]) ?? throw new PactBrokerException($"The pacticipant at {resource.Location} has no 'name'."),
        DisplayName = HalValues.Text(resource.Json["displayName"]),
        MainBranch = HalValues.Text(resource.Json["mainBranch"]),
        RepositoryUrl = HalValues.Text(resource.Json["repositoryUrl"]),
        CreatedAt = HalValues.Time(resource.Json["createdAt"]),
        UpdatedAt = HalValues.Time(resource.Json["updatedAt"]),
    };
}
