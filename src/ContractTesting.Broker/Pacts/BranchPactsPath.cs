using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// What follows <c>/pacts/provider/{p}[/consumer/{c}]/branch</c>: nothing (the consumers' main branches), <c>latest</c>
/// (the newest on the main branches), <c>{branch}</c> or <c>{branch}/latest</c>. The official CLI sends the branch
/// name raw, so a name may contain <c>/</c>; a trailing <c>/latest</c> always means "the newest", and a branch literally
/// named <c>latest</c> is read as the main branch. The index's per-consumer templates end in <c>/versions</c>
/// (<c>branch/versions</c>, <c>branch/latest/versions</c>, <c>branch/{branch}/latest/versions</c>); that suffix is accepted there.
/// </summary>
/// <param name="Branch">The branch name, decoded; <see langword="null"/> for each consumer's main branch.</param>
/// <param name="Latest">Whether only the newest pact of each consumer is wanted.</param>
internal sealed record BranchPactsPath(string? Branch, bool Latest)
{
    private const string LatestSegment = "latest";
    private const string VersionsSuffix = "/versions";

    public static BranchPactsPath Parse(string? rest, bool versionsSuffix)
    {
        var path = (rest ?? "").Trim('/');
        if (versionsSuffix)
        {
            path = path == "versions" ? ""
                : path == $"{LatestSegment}{VersionsSuffix}" || path.EndsWith($"/{LatestSegment}{VersionsSuffix}", StringComparison.Ordinal) ? path[..^VersionsSuffix.Length]
                : path;
        }

        if (path.Length == 0)
        {
            return new BranchPactsPath(null, false);
        }

        if (path == LatestSegment)
        {
            return new BranchPactsPath(null, true);
        }

        return path.EndsWith($"/{LatestSegment}", StringComparison.Ordinal)
            ? new BranchPactsPath(RouteName.Decode(path[..^(LatestSegment.Length + 1)]), true)
            : new BranchPactsPath(RouteName.Decode(path), false);
    }
}
