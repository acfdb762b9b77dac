namespace ContractTesting.Broker.Pacticipants;

/// <summary>A row of <c>pacticipants</c>: an application that is a consumer, a provider or both.</summary>
internal sealed class PacticipantRow
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public string? DisplayName { get; init; }

    public string? MainBranch { get; init; }

    public string? RepositoryUrl { get; init; }

    public string? RepositoryName { get; init; }

    public string? RepositoryNamespace { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
