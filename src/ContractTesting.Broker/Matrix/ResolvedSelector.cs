namespace ContractTesting.Broker.Matrix;

/// <summary>
/// A selector resolved against the database: a pacticipant and one of its versions, every version of it
/// (<see cref="VersionId"/> null), or a version that does not exist (<see cref="VersionExists"/> false, e.g. nothing
/// is deployed to the environment asked about). A selector that matches several versions resolves to one of these per version.
/// </summary>
internal sealed record ResolvedSelector
{
    public const long Missing = -1;

    public required MatrixSelector Original { get; init; }

    public required SelectorRole Role { get; init; }

    /// <summary>The pacticipant's id, or <see cref="Missing"/> (only for an ignore entry naming an unknown pacticipant).</summary>
    public required long PacticipantId { get; init; }

    public required string PacticipantName { get; init; }

    /// <summary>The version's id; null for every version of the pacticipant; <see cref="Missing"/> when there is no such version.</summary>
    public long? VersionId { get; init; }

    /// <summary>The version's number (also the number asked for when it does not exist).</summary>
    public string? VersionNumber { get; init; }

    /// <summary>The branch the version was selected from (the main branch's name for a main-branch selector).</summary>
    public string? Branch { get; init; }

    /// <summary>Whether an ignore entry covers this selector, so its problems do not count.</summary>
    public bool Ignored { get; init; }

    /// <summary>Whether the selector matched more than one version.</summary>
    public bool OneOfMany { get; init; }

    public bool IsSpecified => Role == SelectorRole.Specified;

    public bool AllVersions => VersionId is null;

    public bool VersionExists => VersionId != Missing;

    public bool PacticipantExists => PacticipantId != Missing;

    /// <summary>Whether this is a version that was asked for and does not exist.</summary>
    public bool SpecifiedButMissing => IsSpecified && !VersionExists;

    /// <summary>What the selector means, as the reasons of an answer quote it.</summary>
    public string Description => ResolvedSelectorDescriptions.Describe(this);
}
