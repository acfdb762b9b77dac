using ContractTesting.Broker.Http;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Environments;

/// <summary>
/// <c>/environments</c>: list (optionally <c>?name=</c>), create (POST, 201), and <c>/environments/{uuid}</c>: read,
/// replace (PUT, existing only) and delete (with its deployments and releases).
/// </summary>
internal static class EnvironmentEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/environments", ListAsync);
        app.MapPost("/environments", CreateAsync);
        app.MapGet("/environments/{uuid}", GetAsync);
        app.MapPut("/environments/{uuid}", ReplaceAsync);
        app.MapDelete("/environments/{uuid}", DeleteAsync);
    }

    /// <summary>The environment with the UUID in the path.</summary>
    /// <exception cref="BrokerProblem">404 when there is none.</exception>
    public static async Task<EnvironmentRow> FindAsync(EnvironmentStore environments, string uuid, CancellationToken cancellationToken) =>
        (await environments.FindAsync(uuid, cancellationToken).ConfigureAwait(false)).OrNotFound($"No environment with UUID '{uuid}' found");

    /// <summary>The version and the environment of a deployment or release path.</summary>
    /// <exception cref="BrokerProblem">404 when either does not exist.</exception>
    public static async Task<(VersionRow Version, EnvironmentRow Environment)> FindVersionAndEnvironmentAsync(
        string pacticipant, string version, string uuid, VersionStore versions, EnvironmentStore environments, CancellationToken cancellationToken)
    {
        var (name, number) = (RouteName.Decode(pacticipant), RouteName.Decode(version));
        var row = (await versions.FindAsync(name, number, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoVersion(name, number));
        var environment = await FindAsync(environments, uuid, cancellationToken).ConfigureAwait(false);
        return (row, environment);
    }

    private static async Task<IResult> ListAsync(string? name, EnvironmentStore environments, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var rows = name is null
            ? await environments.ListAsync(cancellationToken).ConfigureAwait(false)
            : await environments.FindByNameAsync(name, cancellationToken).ConfigureAwait(false) is { } found ? [found] : [];
        return new JsonResponse(EnvironmentJson.RenderList(rows, urls));
    }

    private static async Task<IResult> CreateAsync(
        RequestBody body, EnvironmentRequestReader reader, EnvironmentStore environments, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var json = await body.ReadObjectAsync(allowEmpty: false, cancellationToken).ConfigureAwait(false);
        var fields = await reader.ReadAsync(json, null, cancellationToken).ConfigureAwait(false);
        var created = await environments.CreateAsync(fields, cancellationToken).ConfigureAwait(false);
        return JsonResponse.Created(EnvironmentJson.Render(created, urls), urls.Environment(created.Uuid));
    }

    private static async Task<IResult> GetAsync(string uuid, EnvironmentStore environments, BrokerUrls urls, CancellationToken cancellationToken) =>
        new JsonResponse(EnvironmentJson.Render(await FindAsync(environments, uuid, cancellationToken).ConfigureAwait(false), urls));

    private static async Task<IResult> ReplaceAsync(
        string uuid, RequestBody body, EnvironmentRequestReader reader, EnvironmentStore environments, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(environments, uuid, cancellationToken).ConfigureAwait(false);
        var json = await body.ReadObjectAsync(allowEmpty: false, cancellationToken).ConfigureAwait(false);
        var fields = await reader.ReadAsync(json, uuid, cancellationToken).ConfigureAwait(false);
        var replaced = await environments.ReplaceAsync(existing, fields, cancellationToken).ConfigureAwait(false);
        return new JsonResponse(EnvironmentJson.Render(replaced, urls));
    }

    private static async Task<IResult> DeleteAsync(string uuid, EnvironmentStore environments, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(environments, uuid, cancellationToken).ConfigureAwait(false);
        await environments.DeleteAsync(existing.Id, cancellationToken).ConfigureAwait(false);
        return Results.NoContent();
    }
}
