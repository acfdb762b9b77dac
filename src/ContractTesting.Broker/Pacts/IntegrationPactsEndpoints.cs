using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// Every pact of an integration (<c>/pacts/provider/{p}/consumer/{c}/versions</c>), or only those whose consumer version
/// has a tag (<c>…/tag/{tag}</c>), newest consumer version first.
/// </summary>
internal static class IntegrationPactsEndpoints
{
    private const string Integration = "/pacts/provider/{provider}/consumer/{consumer}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet($"{Integration}/versions", ListAsync);
        app.MapGet($"{Integration}/tag/{{tag}}", ListAsync);
    }

    private static async Task<IResult> ListAsync(
        string provider, string consumer, string? tag, PacticipantStore pacticipants, PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (providerName, consumerName, tagName) = (RouteName.Decode(provider), RouteName.Decode(consumer), tag is null ? null : RouteName.Decode(tag));
        var providerRow = (await pacticipants.FindAsync(providerName, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(providerName));
        var consumerRow = (await pacticipants.FindAsync(consumerName, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(consumerName));
        var rows = await pacts.ForIntegrationAsync(providerRow.Id, consumerRow.Id, tagName, cancellationToken).ConfigureAwait(false);
        var title = tagName is null
            ? $"All versions of the pact between {consumerName} and {providerName}"
            : $"All versions of the pact between {consumerName} and {providerName} with consumer version tag '{tagName}'";
        return new JsonResponse(IntegrationPactsJson.Render(providerName, consumerName, title, rows, urls));
    }
}
