using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;

namespace ContractTesting.Broker.Versions;

/// <summary>
/// <c>/pacticipants/{p}/versions</c>: list, read, create or update (PUT <c>{buildUrl?}</c>, as the CLI's
/// create-or-update-version does; the pacticipant is created on demand), and the latest version (optionally with a tag).
/// </summary>
internal static class VersionEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/pacticipants/{pacticipant}/versions", ListAsync);
        app.MapGet("/pacticipants/{pacticipant}/versions/{version}", GetAsync);
        app.MapPut("/pacticipants/{pacticipant}/versions/{version}", SaveAsync);
        app.MapPatch("/pacticipants/{pacticipant}/versions/{version}", SaveAsync);
        app.MapGet("/pacticipants/{pacticipant}/latest-version", LatestAsync);
        app.MapGet("/pacticipants/{pacticipant}/latest-version/{tag}", LatestWithTagAsync);
    }

    private static async Task<IResult> GetAsync(
        string pacticipant, string version, VersionStore versions, VersionViews views, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (name, number) = (RouteName.Decode(pacticipant), RouteName.Decode(version));
        var row = (await versions.FindAsync(name, number, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoVersion(name, number));
        return await RenderAsync(row, views, urls, urls.Version(name, number), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> SaveAsync(
        string pacticipant, string version, RequestBody body, PacticipantStore pacticipants, VersionStore versions, VersionViews views,
        BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (name, number) = (RouteName.Decode(pacticipant), RouteName.Decode(version));
        var json = await body.ReadObjectAsync(allowEmpty: true, cancellationToken).ConfigureAwait(false);
        var errors = new ValidationErrors();
        var reader = JsonFieldReader.ForFields(json, errors);
        var buildUrl = reader.OptionalString("buildUrl", singleLine: true);
        errors.ThrowIfAny();

        var owner = await pacticipants.FindOrCreateAsync(name, cancellationToken).ConfigureAwait(false);
        var (row, created) = await versions.FindOrCreateAsync(owner, number, cancellationToken).ConfigureAwait(false);
        if (reader.Has("buildUrl") && buildUrl != row.BuildUrl)
        {
            await versions.SetBuildUrlAsync(row.Id, string.IsNullOrWhiteSpace(buildUrl) ? null : buildUrl, cancellationToken).ConfigureAwait(false);
            row = await versions.FindByIdAsync(row.Id, cancellationToken).ConfigureAwait(false) ?? row;
        }

        var self = urls.Version(name, number);
        var view = await views.LoadAsync(row, cancellationToken).ConfigureAwait(false);
        var rendered = VersionJson.Render(view, urls, self);
        return created ? JsonResponse.Created(rendered, self) : new JsonResponse(rendered);
    }

    private static async Task<IResult> ListAsync(
        string pacticipant, string? page, string? size, PacticipantStore pacticipants, VersionStore versions, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var name = RouteName.Decode(pacticipant);
        var (pageNumber, pageSize) = (PositiveNumber("page", page), PositiveNumber("size", size));
        var owner = (await pacticipants.FindAsync(name, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(name));
        var limit = pageSize ?? int.MaxValue;
        var offset = pageSize is null ? 0 : ((pageNumber ?? 1) - 1) * pageSize.Value;
        var rows = await versions.ListAsync(owner.Id, limit, offset, cancellationToken).ConfigureAwait(false);
        var body = new JsonObject
        {
            ["_embedded"] = new JsonObject
            {
                ["versions"] = new JsonArray([.. rows.Select(v => (JsonNode)VersionSummary(v, urls))]),
            },
            ["_links"] = new JsonObject
            {
                ["self"] = Hal.Link(urls.Current, $"All application versions of {name}"),
                ["pb:pacticipant"] = Hal.Link(urls.Pacticipant(name), name),
                ["pb:versions"] = Hal.Links(rows.Select(v => Hal.Link(urls.Version(name, v.Number), $"Version {v.Number}"))),
            },
        };
        return new JsonResponse(body);
    }

    private static async Task<IResult> LatestAsync(
        string pacticipant, PacticipantStore pacticipants, VersionStore versions, VersionViews views, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var name = RouteName.Decode(pacticipant);
        var owner = (await pacticipants.FindAsync(name, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(name));
        var row = (await versions.LatestAsync(owner.Id, cancellationToken).ConfigureAwait(false)).OrNotFound($"Pacticipant '{name}' has no versions");
        return await RenderAsync(row, views, urls, urls.LatestVersion(name), cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> LatestWithTagAsync(
        string pacticipant, string tag, PacticipantStore pacticipants, VersionStore versions, VersionViews views, BrokerUrls urls,
        CancellationToken cancellationToken)
    {
        var (name, tagName) = (RouteName.Decode(pacticipant), RouteName.Decode(tag));
        var owner = (await pacticipants.FindAsync(name, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(name));
        var row = (await versions.LatestWithTagAsync(owner.Id, tagName, cancellationToken).ConfigureAwait(false))
            .OrNotFound($"No version of pacticipant '{name}' has the tag '{tagName}'");
        return await RenderAsync(row, views, urls, $"{urls.LatestVersion(name)}/{RouteName.Encode(tagName)}", cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> RenderAsync(VersionRow row, VersionViews views, BrokerUrls urls, string self, CancellationToken cancellationToken)
    {
        var view = await views.LoadAsync(row, cancellationToken).ConfigureAwait(false);
        return new JsonResponse(VersionJson.Render(view, urls, self));
    }

    private static int? PositiveNumber(string name, string? value) =>
        value is null ? null
        : int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 1 ? number
        : throw BrokerProblem.Invalid(name, $"must be a whole number of 1 or more (it is '{value}')");

    private static JsonObject VersionSummary(VersionRow version, BrokerUrls urls)
    {
        var json = VersionJson.Embedded(version, urls);
        if (version.BuildUrl is not null)
        {
            json["buildUrl"] = version.BuildUrl;
        }

        json["createdAt"] = Timestamps.Format(version.CreatedAt);
        return json;
    }
}
