namespace ContractTesting.BrokerClient;

/// <summary>
/// Which versions of a pacticipant a can-i-deploy question is about (a <c>q[]</c> entry of the matrix query), as the
/// official CLI's <c>-a/--pacticipant</c> with the flags after it: a version, the latest (with a tag), a branch, or
/// the latest of the main branch.
/// </summary>
public sealed record MatrixSelector
{
    /// <summary>The pacticipant's name (<c>-a/--pacticipant</c>). Required.</summary>
    public required string Pacticipant { get; init; }

    /// <summary>The version number (<c>-e/--version</c>), or null.</summary>
    public string? Version { get; init; }

    /// <summary>The latest version (<c>-l/--latest</c>), of <see cref="Tag"/> when one is given. Defaults to false.</summary>
    public bool Latest { get; init; }

    /// <summary>With <see cref="Latest"/>, the tag whose latest version is meant (<c>--latest TAG</c>); otherwise the versions with this tag (<c>--tag</c>). Null for none.</summary>
    public string? Tag { get; init; }

    /// <summary>The versions of this branch (<c>--branch</c>), or null.</summary>
    public string? Branch { get; init; }

    /// <summary>The latest version of the pacticipant's main branch (<c>--main-branch</c>). Defaults to false.</summary>
    public bool MainBranch { get; init; }

    /// <summary>What is wrong with the selector, or null.</summary>
    internal string? Problem() =>
        string.IsNullOrWhiteSpace(Pacticipant) ? "the pacticipant name is blank"
        : Version is not null && Latest ? $"a version number and latest cannot both be given for {Pacticipant}"
        : new[] { Version, Tag, Branch }.Any(v => v is not null && v.Trim().Length == 0) ? $"a version, tag or branch of {Pacticipant} is blank"
        : null;

    /// <summary>The selector's part of the query string, in the official CLI's order.</summary>
    internal IEnumerable<(string Key, string Value)> QueryParameters()
    {
        yield return ("q[][pacticipant]", Pacticipant);
        if (Version is not null)
        {
            yield return ("q[][version]", Version);
        }

        if (Latest)
        {
            yield return ("q[][latest]", "true");
            if (Tag is not null)
            {
                yield return ("q[][tag]", Tag);
            }
        }

        if (Branch is not null)
        {
            yield return ("q[][branch]", Branch);
        }

        if (!Latest && Tag is not null)
        {
            yield return ("q[][tag]", Tag);
        }

        if (MainBranch)
        {
            yield return ("q[][mainBranch]", "true");
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        Version is not null ? $"{Pacticipant} version {Version}"
        : Latest ? Tag is null ? $"the latest version of {Pacticipant}" : $"the latest version of {Pacticipant} tagged {Tag}"
        : MainBranch ? $"the latest version of {Pacticipant} on its main branch"
        : Branch is not null ? $"{Pacticipant} versions on branch {Branch}"
        : Tag is not null ? $"{Pacticipant} versions tagged {Tag}"
        : $"every version of {Pacticipant}";
}
