using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Branches;

/// <summary>
/// What follows <c>/pacticipants/{p}/branches/</c>. A branch name may contain <c>/</c>: the official CLI sends it raw
/// (<c>feat/x/versions/1.0.0</c>), the verifier as <c>%2F</c>. So the path is split at the last <c>/versions/</c>
/// (or a trailing <c>/latest-version</c>), never at the first slash.
/// </summary>
/// <param name="Branch">The branch name, decoded.</param>
/// <param name="Version">The version number for <c>…/versions/{v}</c>, else <see langword="null"/>.</param>
/// <param name="LatestVersion">Whether the path is <c>…/latest-version</c>.</param>
internal sealed record BranchPath(string Branch, string? Version, bool LatestVersion)
{
    private const string VersionsSegment = "/versions/";
    private const string LatestSegment = "/latest-version";

    public static BranchPath? Parse(string rest)
    {
        var path = rest.Trim('/');
        if (path.Length == 0)
        {
            return null;
        }

        var versions = path.LastIndexOf(VersionsSegment, StringComparison.Ordinal);
        if (versions > 0)
        {
            var number = path[(versions + VersionsSegment.Length)..];
            if (number.Length > 0 && !number.Contains('/', StringComparison.Ordinal))
            {
                return new BranchPath(RouteName.Decode(path[..versions]), RouteName.Decode(number), false);
            }
        }

        if (path.EndsWith(LatestSegment, StringComparison.Ordinal) && path.Length > LatestSegment.Length)
        {
            return new BranchPath(RouteName.Decode(path[..^LatestSegment.Length]), null, true);
        }

        return new BranchPath(RouteName.Decode(path), null, false);
    }
}
