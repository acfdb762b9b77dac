using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacts;

namespace ContractTesting.Broker.Publishing;

/// <summary>
/// <c>POST /contracts/publish</c> (what <c>pact broker publish</c> calls), and the older one-pact publication
/// <c>PUT</c>/<c>PATCH /pacts/provider/{p}/consumer/{c}/version/{v}</c> with the pact as the body (PATCH merges).
/// </summary>
internal static class PublishEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/contracts/publish", PublishAsync);
        app.MapPut("/pacts/provider/{provider}/consumer/{consumer}/version/{version}", (string provider, string consumer, string version, RequestBody body,
            ContractPublisher publisher, PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken) =>
            PutPactAsync(provider, consumer, version, merge: false, body, publisher, pacts, urls, cancellationToken));
        app.MapPatch("/pacts/provider/{provider}/consumer/{consumer}/version/{version}", (string provider, string consumer, string version, RequestBody body,
            ContractPublisher publisher, PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken) =>
            PutPactAsync(provider, consumer, version, merge: true, body, publisher, pacts, urls, cancellationToken));
    }

    private static async Task<IResult> PublishAsync(RequestBody body, ContractPublisher publisher, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var json = await body.ReadObjectAsync(allowEmpty: false, cancellationToken).ConfigureAwait(false);
        var request = PublishRequestReader.Read(json);
        var outcome = await publisher.PublishAsync(request, cancellationToken).ConfigureAwait(false);
        return new JsonResponse(PublishResultJson.Render(outcome, urls));
    }

    private static async Task<IResult> PutPactAsync(
        string provider, string consumer, string version, bool merge, RequestBody body, ContractPublisher publisher, PactStore pacts, BrokerUrls urls,
        CancellationToken cancellationToken)
    {
        var (p, c, v) = (RouteName.Decode(provider), RouteName.Decode(consumer), RouteName.Decode(version));
        var json = await body.ReadObjectAsync(allowEmpty: false, cancellationToken).ConfigureAwait(false);
        var content = PactContent.TryParse(json.ToJsonString(), out var problem) ?? throw BrokerProblem.Invalid("body", problem!);
        var errors = new ValidationErrors();
        if (content.ConsumerName is { } inPact && inPact != c)
        {
            errors.Add("consumer", $"name in pact '{inPact}' does not match name in URL path '{c}'.");
        }

        if (content.ProviderName is { } providerInPact && providerInPact != p)
        {
            errors.Add("provider", $"name in pact '{providerInPact}' does not match name in URL path '{p}'.");
        }

        errors.ThrowIfAny();
        var outcome = await publisher.PublishAsync(
            new PublishRequest(c, v, null, null, [], [new ContractToPublish(c, p, content, merge)]), cancellationToken).ConfigureAwait(false);
        var published = outcome.Pacts[0];
        var pact = await pacts.FindAsync(published.Pact.ConsumerVersionId, published.Pact.ProviderId, cancellationToken).ConfigureAwait(false) ?? published.Pact;
        var rendered = PactDocumentJson.Render(pact, urls);
        return published.Before is null ? JsonResponse.Created(rendered, urls.Pact(p, c, v)) : new JsonResponse(rendered);
    }
}
