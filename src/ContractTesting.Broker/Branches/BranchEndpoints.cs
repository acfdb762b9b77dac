using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Branches;

/// <summary>
/// <c>/pacticipants/{p}/branches[/{branch}[/versions/{v} | /latest-version]]</c>: list the branches, read a branch, its
/// latest version, and read or add (PUT; 201 when new; pacticipant, version and branch created on demand) a version on it.
/// </summary>
internal static class BranchEndpoints
{
    private const string Route = "/pacticipants/{pacticipant}/branches/{**rest}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Route, GetAsync);
        app.MapPut(Route, PutAsync);
    }

    private static async Task<IResult> GetAsync(
        string pacticipant, string? rest, PacticipantStore pacticipants, VersionStore versions, BranchStore branches, VersionViews views,
        BrokerUrls urls, CancellationToken cancellationToken)
    {
        var name = RouteName.Decode(pacticipant);
        var owner = (await pacticipants.FindAsync(name, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(name));
        if (BranchPath.Parse(rest ?? "") is not { } path)
        {
            var all = await branches.ListAsync(owner.Id, cancellationToken).ConfigureAwait(false);
            return new JsonResponse(BranchJson.Branches(name, all, urls));
        }

        var branch = (await branches.FindAsync(owner.Id, path.Branch, cancellationToken).ConfigureAwait(false))
            .OrNotFound($"No branch '{path.Branch}' of pacticipant '{name}' found");
        if (path.LatestVersion)
        {
            var latest = (await versions.LatestOnBranchAsync(owner.Id, branch.Name, cancellationToken).ConfigureAwait(false))
                .OrNotFound($"Branch '{path.Branch}' of pacticipant '{name}' has no versions");
            var view = await views.LoadAsync(latest, cancellationToken).ConfigureAwait(false);
            return new JsonResponse(VersionJson.Render(view, urls, urls.LatestVersionOnBranch(name, branch.Name)));
        }

        if (path.Version is null)
        {
            return new JsonResponse(BranchJson.Branch(branch, urls));
        }

        var version = (await versions.FindAsync(owner.Id, path.Version, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoVersion(name, path.Version));
        var row = (await branches.FindVersionAsync(branch.Id, version.Id, cancellationToken).ConfigureAwait(false))
            .OrNotFound($"Version '{path.Version}' of pacticipant '{name}' is not on branch '{path.Branch}'");
        return new JsonResponse(BranchJson.BranchVersion(row, urls));
    }

    private static async Task<IResult> PutAsync(
        string pacticipant, string? rest, RequestBody body, PacticipantStore pacticipants, VersionStore versions, BranchStore branches,
        BrokerUrls urls, CancellationToken cancellationToken)
    {
        var name = RouteName.Decode(pacticipant);
        var path = Parse(rest);
        if (path.Version is null)
        {
            throw BrokerProblem.NotFound($"PUT is accepted at /pacticipants/{{pacticipant}}/branches/{{branch}}/versions/{{version}}, not at {urls.Current}.");
        }

        await body.ReadObjectAsync(allowEmpty: true, cancellationToken).ConfigureAwait(false);
        var owner = await pacticipants.FindOrCreateAsync(name, cancellationToken).ConfigureAwait(false);
        var (version, _) = await versions.FindOrCreateAsync(owner, path.Version, cancellationToken).ConfigureAwait(false);
        var (row, created) = await branches.AddVersionAsync(version, path.Branch, autoCreated: false, cancellationToken).ConfigureAwait(false);
        var rendered = BranchJson.BranchVersion(row, urls);
        return created ? JsonResponse.Created(rendered, urls.BranchVersion(name, path.Branch, path.Version)) : new JsonResponse(rendered);
    }

    private static BranchPath Parse(string? rest) =>
        BranchPath.Parse(rest ?? "") ?? throw BrokerProblem.NotFound("A branch name is needed after /branches/.");
}
