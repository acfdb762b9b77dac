namespace ContractTesting.BrokerClient;

/// <summary>A pacticipant version as the broker describes it.</summary>
public sealed record BrokerVersion
{
    /// <summary>The pacticipant.</summary>
    public required string Pacticipant { get; init; }

    /// <summary>The version number.</summary>
    public required string Number { get; init; }

    /// <summary>The branches it is on. Empty when none.</summary>
    public IReadOnlyList<string> Branches { get; init; } = [];

    /// <summary>Its tags. Empty when none.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The build that made it, or null.</summary>
    public string? BuildUrl { get; init; }

    /// <summary>When it was created, or null.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>The environments it can be recorded as deployed to (the names of its <c>pb:record-deployment</c> links).</summary>
    public IReadOnlyList<string> Environments { get; init; } = [];

    internal static BrokerVersion Read(HalResource resource, string pacticipant)
    {
        var embedded = resource.Json["_embedded"];
        return new BrokerVersion
        {
            Pacticipant = pacticipant,
            Number = HalValues.Text(resource.Json["number"]) ?? throw new PactBrokerException($"The version at {resource.Location} has no 'number'."),
            Branches = HalValues.Names(embedded?["branchVersions"] ?? embedded?["branches"]),
            Tags = HalValues.Names(embedded?["tags"]),
            BuildUrl = HalValues.Text(resource.Json["buildUrl"]),
            CreatedAt = HalValues.Time(resource.Json["createdAt"]),
            Environments = [.. resource.Links("pb:record-deployment").Select(l => l.Name).OfType<string>()],
        };
    }
}
