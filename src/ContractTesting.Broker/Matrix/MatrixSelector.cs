namespace ContractTesting.Broker.Matrix;

/// <summary>
/// Which versions of a pacticipant a matrix query is about, as asked (a <c>q[]</c> or <c>ignore[]</c> entry): an exact
/// version, the latest (optionally with a tag or on a branch), every version with a tag, on a branch or on the main
/// branch, the versions currently in an environment, or, with the name alone, every version.
/// </summary>
internal sealed record MatrixSelector
{
    public string? Pacticipant { get; init; }

    public string? Version { get; init; }

    public bool Latest { get; init; }

    public string? Tag { get; init; }

    public string? Branch { get; init; }

    public bool MainBranch { get; init; }

    public string? Environment { get; init; }

    /// <summary>Whether only the pacticipant's name was given: the selector means every one of its versions.</summary>
    public bool OnlyPacticipant =>
        Version is null && !Latest && Tag is null && Branch is null && !MainBranch && Environment is null;
}
