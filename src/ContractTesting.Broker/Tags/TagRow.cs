namespace ContractTesting.Broker.Tags;

/// <summary>A row of <c>tags</c>, with its version's number and pacticipant's name.</summary>
internal sealed class TagRow
{
    public long VersionId { get; init; }

    public string Name { get; init; } = "";

    public string PacticipantName { get; init; } = "";

    public string VersionNumber { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
