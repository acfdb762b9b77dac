using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Tags;

/// <summary>
/// <c>/pacticipants/{p}/versions/{v}/tags/{t}</c>: read, create (PUT; 201 when new, 200 when it exists; the pacticipant
/// and version are created on demand) and delete. A tag name may hold <c>/</c>, raw or as <c>%2F</c>.
/// </summary>
internal static class TagEndpoints
{
    private const string Route = "/pacticipants/{pacticipant}/versions/{version}/tags/{**tag}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(Route, GetAsync);
        app.MapPut(Route, PutAsync);
        app.MapDelete(Route, DeleteAsync);
    }

    private static async Task<IResult> GetAsync(
        string pacticipant, string version, string tag, VersionStore versions, TagStore tags, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (name, number, tagName) = (RouteName.Decode(pacticipant), RouteName.Decode(version), RouteName.Decode(tag));
        var row = (await versions.FindAsync(name, number, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoVersion(name, number));
        var found = (await tags.FindAsync(row.Id, tagName, cancellationToken).ConfigureAwait(false))
            .OrNotFound($"No tag '{tagName}' on version '{number}' of pacticipant '{name}' found");
        return new JsonResponse(TagJson.Render(found, urls));
    }

    private static async Task<IResult> PutAsync(
        string pacticipant, string version, string tag, RequestBody body, PacticipantStore pacticipants, VersionStore versions, TagStore tags,
        BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (name, number, tagName) = (RouteName.Decode(pacticipant), RouteName.Decode(version), RouteName.Decode(tag));
        if (tagName.Trim().Length == 0)
        {
            throw BrokerProblem.Invalid("tag", "cannot be blank");
        }

        // The CLI sends {"name": tag}; the tag's name is the one in the path.
        await body.ReadObjectAsync(allowEmpty: true, cancellationToken).ConfigureAwait(false);
        var owner = await pacticipants.FindOrCreateAsync(name, cancellationToken).ConfigureAwait(false);
        var (row, _) = await versions.FindOrCreateAsync(owner, number, cancellationToken).ConfigureAwait(false);
        var (added, created) = await tags.AddAsync(row, tagName, cancellationToken).ConfigureAwait(false);
        var rendered = TagJson.Render(added, urls);
        return created ? JsonResponse.Created(rendered, urls.Tag(name, number, tagName)) : new JsonResponse(rendered);
    }

    private static async Task<IResult> DeleteAsync(string pacticipant, string version, string tag, VersionStore versions, TagStore tags, CancellationToken cancellationToken)
    {
        var (name, number, tagName) = (RouteName.Decode(pacticipant), RouteName.Decode(version), RouteName.Decode(tag));
        var row = (await versions.FindAsync(name, number, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoVersion(name, number));
        return await tags.DeleteAsync(row.Id, tagName, cancellationToken).ConfigureAwait(false)
            ? Results.NoContent()
            : throw BrokerProblem.NotFound($"No tag '{tagName}' on version '{number}' of pacticipant '{name}' found");
    }
}
