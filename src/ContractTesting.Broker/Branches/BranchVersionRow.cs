namespace ContractTesting.Broker.Branches;

/// <summary>A version on a branch (<c>branch_versions</c>); <see cref="Latest"/> when it is the branch's newest version.</summary>
internal sealed class BranchVersionRow
{
    public long Id { get; init; }

    public long BranchId { get; init; }

    public long VersionId { get; init; }

    public string PacticipantName { get; init; } = "";

    public string BranchName { get; init; } = "";

    public string VersionNumber { get; init; } = "";

    public long VersionOrder { get; init; }

    public bool Latest { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
