using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;

namespace ContractTesting.Broker.PactsForVerification;

/// <summary>
/// <c>/pacts/provider/{p}/for-verification</c> (<c>pb:provider-pacts-for-verification</c>): POST with the selectors,
/// provider branch or tags, pending and WIP options as a JSON body; GET (deprecated, as in the Pact Broker) with them in
/// the query. Both only read, and answer the pacts the provider should verify.
/// </summary>
internal static class PactsForVerificationEndpoints
{
    private const string Route = "/pacts/provider/{provider}/for-verification";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(Route, PostAsync);
        app.MapGet(Route, GetAsync);
    }

    private static async Task<IResult> PostAsync(
        string provider, RequestBody body, ForVerificationRequestReader reader, PacticipantStore pacticipants, VerifiablePactFinder finder,
        BrokerUrls urls, CancellationToken cancellationToken)
    {
        var json = await body.ReadObjectAsync(allowEmpty: true, cancellationToken).ConfigureAwait(false);
        var request = await reader.ReadAsync(json, deprecated: false, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(provider, request, pacticipants, finder, urls, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> GetAsync(
        string provider, HttpRequest http, ForVerificationRequestReader reader, PacticipantStore pacticipants, VerifiablePactFinder finder,
        BrokerUrls urls, CancellationToken cancellationToken)
    {
        var json = ForVerificationRequestReader.FromQuery(http.QueryString.Value);
        var request = await reader.ReadAsync(json, deprecated: true, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(provider, request, pacticipants, finder, urls, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> AnswerAsync(
        string provider, ForVerificationRequest request, PacticipantStore pacticipants, VerifiablePactFinder finder, BrokerUrls urls,
        CancellationToken cancellationToken)
    {
        var name = RouteName.Decode(provider);
        var row = (await pacticipants.FindAsync(name, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(name));
        var pacts = await finder.FindAsync(row, request, cancellationToken).ConfigureAwait(false);
        return new JsonResponse(VerifiablePactsJson.Render(pacts, request, urls));
    }
}
