namespace ContractTesting.Broker.Releases;

/// <summary>A row of <c>released_versions</c>, with its version's number and pacticipant's name.</summary>
internal sealed class ReleasedVersionRow
{
    public long Id { get; init; }

    public string Uuid { get; init; } = "";

    public long VersionId { get; init; }

    public string VersionNumber { get; init; } = "";

    public long PacticipantId { get; init; }

    public string PacticipantName { get; init; } = "";

    public long EnvironmentId { get; init; }

    public DateTimeOffset? SupportEndedAt { get; init; }

    /// <summary>Whether the release is still supported (its support has not ended).</summary>
    public bool CurrentlySupported => SupportEndedAt is null;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
