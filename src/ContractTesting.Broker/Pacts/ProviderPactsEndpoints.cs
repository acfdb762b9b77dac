using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// Every pact of a provider (<c>/pacts/provider/{p}</c>: the newest revision of each consumer version's pact), or only
/// those whose consumer version has a tag (<c>/pacts/provider/{p}/tag/{tag}</c>).
/// </summary>
internal static class ProviderPactsEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/pacts/provider/{provider}", ForProviderAsync);
        app.MapGet("/pacts/provider/{provider}/tag/{tag}", ForProviderAsync);
    }

    private static async Task<IResult> ForProviderAsync(
        string provider, string? tag, PacticipantStore pacticipants, PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (name, tagName) = (RouteName.Decode(provider), tag is null ? null : RouteName.Decode(tag));
        var row = (await pacticipants.FindAsync(name, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(name));
        var rows = await pacts.ForProviderAsync(row.Id, tagName, cancellationToken).ConfigureAwait(false);
        var title = tagName is null ? $"All pact versions for the provider {name}" : $"All pact versions for the provider {name} with consumer version tag '{tagName}'";
        return new JsonResponse(ProviderPactsJson.Render(name, title, rows, urls));
    }
}
