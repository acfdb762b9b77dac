using ContractTesting.Broker.Environments;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Deployments;

/// <summary>
/// Deployments (compatibility document, section 2, record-deployment and record-undeployment): record one
/// (POST <c>/pacticipants/{p}/versions/{v}/deployed-versions/environment/{uuid}</c>, body <c>{}</c> or
/// <c>{"applicationInstance"}</c>), list a version's deployments there, read one, mark it undeployed (PATCH
/// <c>{"currentlyDeployed": false}</c>), and what is currently deployed to an environment.
/// </summary>
internal static class DeploymentEndpoints
{
    private const string ForVersion = "/pacticipants/{pacticipant}/versions/{version}/deployed-versions/environment/{uuid}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(ForVersion, RecordAsync);
        app.MapGet(ForVersion, ListForVersionAsync);
        app.MapGet("/deployed-versions/{uuid}", GetAsync);
        app.MapPatch("/deployed-versions/{uuid}", UpdateAsync);
        app.MapGet("/environments/{uuid}/deployed-versions/currently-deployed", CurrentAsync);
    }

    private static async Task<IResult> RecordAsync(
        string pacticipant, string version, string uuid, RequestBody body, VersionStore versions, EnvironmentStore environments,
        DeployedVersionStore deployments, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (row, environment) = await EnvironmentEndpoints.FindVersionAndEnvironmentAsync(pacticipant, version, uuid, versions, environments, cancellationToken).ConfigureAwait(false);
        var json = await body.ReadObjectAsync(allowEmpty: true, cancellationToken).ConfigureAwait(false);
        var errors = new ValidationErrors();
        var reader = JsonFieldReader.ForFields(json, errors);
        var instance = reader.OptionalString("applicationInstance", singleLine: true) ?? reader.OptionalString("target", singleLine: true);
        errors.ThrowIfAny();

        var deployment = await deployments.RecordAsync(row, environment.Id, string.IsNullOrEmpty(instance) ? null : instance, cancellationToken)
            .ConfigureAwait(false);
        return JsonResponse.Created(DeployedVersionJson.Render(deployment, environment, urls), urls.DeployedVersion(deployment.Uuid));
    }

    private static async Task<IResult> ListForVersionAsync(
        string pacticipant, string version, string uuid, VersionStore versions, EnvironmentStore environments, DeployedVersionStore deployments,
        BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (row, environment) = await EnvironmentEndpoints.FindVersionAndEnvironmentAsync(pacticipant, version, uuid, versions, environments, cancellationToken).ConfigureAwait(false);
        var rows = await deployments.ForVersionAsync(row.Id, environment.Id, cancellationToken).ConfigureAwait(false);
        var title = $"Deployed versions for {row.PacticipantName} version {row.Number} in environment {EnvironmentJson.DisplayName(environment)}";
        return new JsonResponse(DeployedVersionJson.RenderList(rows, title, urls));
    }

    private static async Task<IResult> GetAsync(
        string uuid, DeployedVersionStore deployments, EnvironmentStore environments, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var deployment = (await deployments.FindAsync(uuid, cancellationToken).ConfigureAwait(false)).OrNotFound(NoDeployment(uuid));
        var environment = await environments.FindByIdAsync(deployment.EnvironmentId, cancellationToken).ConfigureAwait(false);
        return new JsonResponse(DeployedVersionJson.Render(deployment, environment, urls));
    }

    private static async Task<IResult> UpdateAsync(
        string uuid, RequestBody body, DeployedVersionStore deployments, EnvironmentStore environments, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var deployment = (await deployments.FindAsync(uuid, cancellationToken).ConfigureAwait(false)).OrNotFound(NoDeployment(uuid));
        var json = await body.ReadObjectAsync(allowEmpty: true, cancellationToken).ConfigureAwait(false);
        var errors = new ValidationErrors();
        var currentlyDeployed = JsonFieldReader.ForFields(json, errors).OptionalBoolean("currentlyDeployed");
        errors.ThrowIfAny();
        if (currentlyDeployed == true && !deployment.CurrentlyDeployed)
        {
            throw BrokerProblem.Unprocessable("currentlyDeployed", "The currentlyDeployed property cannot be set back to true. Please record a new deployment.");
        }

        if (currentlyDeployed == false)
        {
            deployment = await deployments.UndeployAsync(deployment, cancellationToken).ConfigureAwait(false);
        }

        var environment = await environments.FindByIdAsync(deployment.EnvironmentId, cancellationToken).ConfigureAwait(false);
        return new JsonResponse(DeployedVersionJson.Render(deployment, environment, urls));
    }

    private static async Task<IResult> CurrentAsync(
        string uuid, HttpRequest request, EnvironmentStore environments, DeployedVersionStore deployments, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var environment = await EnvironmentEndpoints.FindAsync(environments, uuid, cancellationToken).ConfigureAwait(false);
        var query = request.Query;
        string? pacticipant = query.TryGetValue("pacticipant", out var p) ? p.ToString() : null;

        // A blank instance asks for the deployments without one; no instance parameter at all asks for every deployment.
        var instanceKey = query.ContainsKey("applicationInstance") ? "applicationInstance" : query.ContainsKey("target") ? "target" : null;
        var instance = instanceKey is null ? null : query[instanceKey].ToString();
        var rows = await deployments.CurrentAsync(
            environment.Id, pacticipant, instanceKey is not null, string.IsNullOrWhiteSpace(instance) ? null : instance, cancellationToken).ConfigureAwait(false);
        return new JsonResponse(DeployedVersionJson.RenderList(rows, $"Currently deployed versions for {EnvironmentJson.DisplayName(environment)}", urls));
    }

    private static string NoDeployment(string uuid) => $"No deployed version with UUID '{uuid}' found";
}
