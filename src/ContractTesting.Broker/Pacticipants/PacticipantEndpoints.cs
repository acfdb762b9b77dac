using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Pacticipants;

/// <summary>
/// <c>/pacticipants</c>: list, create (POST), read, replace (PUT, existing only), update or create (PATCH, as the
/// CLI's create-or-update-pacticipant does) and delete.
/// </summary>
internal static class PacticipantEndpoints
{
    private static readonly string[] Properties = ["displayName", "mainBranch", "repositoryUrl", "repositoryName", "repositoryNamespace"];

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/pacticipants", ListAsync);
        app.MapPost("/pacticipants", CreateAsync);
        app.MapGet("/pacticipants/{pacticipant}", GetAsync);
        app.MapPut("/pacticipants/{pacticipant}", ReplaceAsync);
        app.MapPatch("/pacticipants/{pacticipant}", UpdateAsync);
        app.MapDelete("/pacticipants/{pacticipant}", DeleteAsync);
    }

    private static async Task<IResult> ListAsync(PacticipantStore store, VersionStore versions, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var rows = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var latest = await versions.LatestOfEachAsync(cancellationToken).ConfigureAwait(false);
        var rendered = rows.Select(row => PacticipantJson.Render(row, latest.GetValueOrDefault(row.Id), urls)).ToList();
        var body = new JsonObject
        {
            ["_embedded"] = new JsonObject { ["pacticipants"] = new JsonArray([.. rendered.Select(p => (JsonNode)p.DeepClone())]) },
            ["pacticipants"] = new JsonArray([.. rendered.Select(p =>
            {
                p["title"] = "DEPRECATED - Please use the embedded pacticipants collection";
                return (JsonNode)p;
            })]),
            ["_links"] = new JsonObject
            {
                ["self"] = Hal.Link(urls.Pacticipants),
                ["pb:pacticipants-with-label"] = Hal.Template($"{urls.Pacticipants}/label/{{label}}", "Find pacticipants by label"),
                ["pb:pacticipants"] = Hal.Links(rows.Select(r => Hal.Link(urls.Pacticipant(r.Name), "Pacticipant", r.Name))),
                ["pacticipants"] = Hal.Links(rows.Select(r => Hal.Link(urls.Pacticipant(r.Name), r.Name, "DEPRECATED - please use pb:pacticipants"))),
            },
        };
        return new JsonResponse(body);
    }

    private static async Task<IResult> GetAsync(string pacticipant, PacticipantStore store, VersionStore versions, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var name = RouteName.Decode(pacticipant);
        var row = (await store.FindAsync(name, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(name));
        return new JsonResponse(await RenderAsync(row, versions, urls, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> CreateAsync(RequestBody body, PacticipantStore store, VersionStore versions, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var json = await body.ReadObjectAsync(allowEmpty: false, cancellationToken).ConfigureAwait(false);
        var errors = new ValidationErrors();
        var name = JsonFieldReader.ForFields(json, errors).RequiredString("name", singleLine: true);
        var changes = ReadChanges(json, errors, replace: false);
        errors.ThrowIfAny();

        // Creating one that exists updates it, so two clients racing to create it both succeed.
        var (row, created) = await store.SaveAsync(name!, changes, cancellationToken).ConfigureAwait(false);
        var rendered = await RenderAsync(row, versions, urls, cancellationToken).ConfigureAwait(false);
        return created ? JsonResponse.Created(rendered, urls.Pacticipant(row.Name)) : new JsonResponse(rendered);
    }

    private static async Task<IResult> ReplaceAsync(
        string pacticipant, RequestBody body, PacticipantStore store, VersionStore versions, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var name = RouteName.Decode(pacticipant);
        var json = await body.ReadObjectAsync(allowEmpty: true, cancellationToken).ConfigureAwait(false);
        var changes = Validated(json, name, replace: true);
        (await store.FindAsync(name, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(name));
        var (row, _) = await store.SaveAsync(name, changes, cancellationToken).ConfigureAwait(false);
        return new JsonResponse(await RenderAsync(row, versions, urls, cancellationToken).ConfigureAwait(false));
    }

    private static async Task<IResult> UpdateAsync(
        string pacticipant, RequestBody body, PacticipantStore store, VersionStore versions, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var name = RouteName.Decode(pacticipant);
        var json = await body.ReadObjectAsync(allowEmpty: true, cancellationToken).ConfigureAwait(false);
        var changes = Validated(json, name, replace: false);
        var (row, created) = await store.SaveAsync(name, changes, cancellationToken).ConfigureAwait(false);
        var rendered = await RenderAsync(row, versions, urls, cancellationToken).ConfigureAwait(false);
        return created ? JsonResponse.Created(rendered, urls.Pacticipant(row.Name)) : new JsonResponse(rendered);
    }

    private static async Task<IResult> DeleteAsync(string pacticipant, PacticipantStore store, CancellationToken cancellationToken)
    {
        var name = RouteName.Decode(pacticipant);
        var row = (await store.FindAsync(name, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(name));
        await store.DeleteAsync(row.Id, cancellationToken).ConfigureAwait(false);
        return Results.NoContent();
    }

    private static async Task<JsonObject> RenderAsync(PacticipantRow row, VersionStore versions, BrokerUrls urls, CancellationToken cancellationToken) =>
        PacticipantJson.Render(row, await versions.LatestAsync(row.Id, cancellationToken).ConfigureAwait(false), urls);

    private static PacticipantChanges Validated(JsonObject json, string pathName, bool replace)
    {
        var errors = new ValidationErrors();
        if (JsonFieldReader.ForFields(json, errors).OptionalString("name") is { } bodyName && bodyName != pathName)
        {
            errors.Add("name", $"in the body ('{bodyName}') does not match the name in the URL path ('{pathName}').");
        }

        var changes = ReadChanges(json, errors, replace);
        errors.ThrowIfAny();
        return changes;
    }

    private static PacticipantChanges ReadChanges(JsonObject json, ValidationErrors errors, bool replace)
    {
        var reader = JsonFieldReader.ForFields(json, errors);
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in Properties.Where(reader.Has))
        {
            var value = reader.OptionalString(property, allowBlank: true, singleLine: true);
            values[property] = string.IsNullOrWhiteSpace(value) ? null : value;
        }

        return new PacticipantChanges { Replace = replace, Values = values };
    }
}
