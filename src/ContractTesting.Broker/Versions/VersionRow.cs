namespace ContractTesting.Broker.Versions;

/// <summary>A row of <c>versions</c>, with its pacticipant's name.</summary>
internal sealed class VersionRow
{
    public long Id { get; init; }

    public long PacticipantId { get; init; }

    public string PacticipantName { get; init; } = "";

    public string Number { get; init; } = "";

    /// <summary>The creation sequence: "latest" is the highest.</summary>
    public long VersionOrder { get; init; }

    public string? BuildUrl { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
