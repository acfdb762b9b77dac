using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Releases;

/// <summary>
/// Releases (compatibility document, section 2, record-release and record-support-ended): record one (POST
/// <c>/pacticipants/{p}/versions/{v}/released-versions/environment/{uuid}</c>; 201 when new, 200 when it was
/// released there already), read it, end its support (PATCH <c>{"currentlySupported": false}</c>), and the releases
/// currently supported in an environment.
/// </summary>
internal static class ReleaseEndpoints
{
    private const string ForVersion = "/pacticipants/{pacticipant}/versions/{version}/released-versions/environment/{uuid}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(ForVersion, RecordAsync);
        app.MapGet(ForVersion, ListForVersionAsync);
        app.MapGet("/released-versions/{uuid}", GetAsync);
        app.MapPatch("/released-versions/{uuid}", UpdateAsync);
        app.MapGet("/environments/{uuid}/released-versions/currently-supported", CurrentAsync);
    }

    private static async Task<IResult> RecordAsync(
        string pacticipant, string version, string uuid, RequestBody body, VersionStore versions, EnvironmentStore environments,
        ReleasedVersionStore releases, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (row, environment) = await EnvironmentEndpoints.FindVersionAndEnvironmentAsync(pacticipant, version, uuid, versions, environments, cancellationToken).ConfigureAwait(false);
        await body.ReadObjectAsync(allowEmpty: true, cancellationToken).ConfigureAwait(false);
        var (release, created) = await releases.RecordAsync(row, environment.Id, cancellationToken).ConfigureAwait(false);
        var rendered = ReleasedVersionJson.Render(release, environment, urls);
        return created ? JsonResponse.Created(rendered, urls.ReleasedVersion(release.Uuid)) : new JsonResponse(rendered);
    }

    private static async Task<IResult> ListForVersionAsync(
        string pacticipant, string version, string uuid, VersionStore versions, EnvironmentStore environments, ReleasedVersionStore releases,
        BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (row, environment) = await EnvironmentEndpoints.FindVersionAndEnvironmentAsync(pacticipant, version, uuid, versions, environments, cancellationToken).ConfigureAwait(false);
        var release = await releases.FindAsync(row.Id, environment.Id, cancellationToken).ConfigureAwait(false);
        var title = $"Released versions for {row.PacticipantName} version {row.Number} in {EnvironmentJson.DisplayName(environment)}";
        return new JsonResponse(ReleasedVersionJson.RenderList(release is null ? [] : [release], title, urls));
    }

    private static async Task<IResult> GetAsync(
        string uuid, ReleasedVersionStore releases, EnvironmentStore environments, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var release = (await releases.FindAsync(uuid, cancellationToken).ConfigureAwait(false)).OrNotFound(NoRelease(uuid));
        var environment = await environments.FindByIdAsync(release.EnvironmentId, cancellationToken).ConfigureAwait(false);
        return new JsonResponse(ReleasedVersionJson.Render(release, environment, urls));
    }

    private static async Task<IResult> UpdateAsync(
        string uuid, RequestBody body, ReleasedVersionStore releases, EnvironmentStore environments, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var release = (await releases.FindAsync(uuid, cancellationToken).ConfigureAwait(false)).OrNotFound(NoRelease(uuid));
        var json = await body.ReadObjectAsync(allowEmpty: true, cancellationToken).ConfigureAwait(false);
        var errors = new ValidationErrors();
        var currentlySupported = JsonFieldReader.ForFields(json, errors).OptionalBoolean("currentlySupported");
        errors.ThrowIfAny();
        if (currentlySupported == true && !release.CurrentlySupported)
        {
            throw BrokerProblem.Unprocessable("currentlySupported", "The currentlySupported property cannot be set back to true. Please record a new release.");
        }

        if (currentlySupported == false)
        {
            release = await releases.EndSupportAsync(release, cancellationToken).ConfigureAwait(false);
        }

        var environment = await environments.FindByIdAsync(release.EnvironmentId, cancellationToken).ConfigureAwait(false);
        return new JsonResponse(ReleasedVersionJson.Render(release, environment, urls));
    }

    private static async Task<IResult> CurrentAsync(
        string uuid, string? pacticipant, string? version, EnvironmentStore environments, ReleasedVersionStore releases, BrokerUrls urls,
        CancellationToken cancellationToken)
    {
        var environment = await EnvironmentEndpoints.FindAsync(environments, uuid, cancellationToken).ConfigureAwait(false);
        var rows = await releases.CurrentAsync(environment.Id, pacticipant, version, cancellationToken).ConfigureAwait(false);
        return new JsonResponse(ReleasedVersionJson.RenderList(rows, $"Currently supported versions in {EnvironmentJson.DisplayName(environment)}", urls));
    }

    private static string NoRelease(string uuid) => $"No released version with UUID '{uuid}' found";
}
