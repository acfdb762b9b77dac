namespace ContractTesting.Broker.Branches;

/// <summary>A row of <c>branches</c>, with its pacticipant's name.</summary>
internal sealed class BranchRow
{
    public long Id { get; init; }

    public long PacticipantId { get; init; }

    public string PacticipantName { get; init; } = "";

    public string Name { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
