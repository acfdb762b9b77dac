using System.Globalization;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacts;

namespace ContractTesting.Broker.Verifications;

/// <summary>
/// Verification results: publish one for pact content (POST <c>…/pact-version/{sha}[/metadata/{m}]/verification-results</c>,
/// the pact's <c>pb:publish-verification-results</c>; 201 with its <c>Location</c>), read one by number, and the newest
/// for pact content (<c>pb:latest-verification-results</c>) or for a consumer version's pact.
/// </summary>
internal static class VerificationEndpoints
{
    private const string Integration = "/pacts/provider/{provider}/consumer/{consumer}";
    private const string ByContent = $"{Integration}/pact-version/{{sha}}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost($"{ByContent}/verification-results", PublishAsync);
        app.MapPost($"{ByContent}/metadata/{{metadata}}/verification-results", PublishAsync);
        app.MapGet($"{ByContent}/verification-results/latest", LatestForContentAsync);
        app.MapGet($"{ByContent}/verification-results/{{number}}", GetAsync);
        app.MapGet($"{ByContent}/metadata/{{metadata}}/verification-results/{{number}}", GetAsync);
        app.MapGet($"{Integration}/version/{{version}}/verification-results/latest", LatestForVersionAsync);
        app.MapGet($"{Integration}/latest/verification-results/latest", LatestForVersionAsync);
    }

    private static async Task<IResult> PublishAsync(
        string provider, string consumer, string sha, string? metadata, RequestBody body, VerificationPublisher publisher, BrokerUrls urls,
        CancellationToken cancellationToken)
    {
        var json = await body.ReadObjectAsync(allowEmpty: false, cancellationToken).ConfigureAwait(false);
        var request = VerificationRequestReader.Read(json);
        var (verification, pact) = await publisher.PublishAsync(
            RouteName.Decode(provider), RouteName.Decode(consumer), sha, metadata, request, cancellationToken).ConfigureAwait(false);
        var location = urls.VerificationResult(verification.ProviderName, verification.ConsumerName, verification.Sha, verification.Number);
        return JsonResponse.Created(VerificationJson.Render(verification, pact, urls), location);
    }

    private static async Task<IResult> GetAsync(
        string provider, string consumer, string sha, string number, PactStore pacts, VerificationStore verifications, BrokerUrls urls,
        CancellationToken cancellationToken)
    {
        var (p, c) = (RouteName.Decode(provider), RouteName.Decode(consumer));
        var pact = await FindPactAsync(pacts, p, c, sha, cancellationToken).ConfigureAwait(false);
        var verification = int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? await verifications.FindAsync(p, c, sha, n, cancellationToken).ConfigureAwait(false)
            : null;
        return new JsonResponse(VerificationJson.Render(verification.OrNotFound($"No verification result {number} for the pact with content SHA '{sha}' found"), pact, urls));
    }

    private static async Task<IResult> LatestForContentAsync(
        string provider, string consumer, string sha, PactStore pacts, VerificationStore verifications, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var pact = await FindPactAsync(pacts, RouteName.Decode(provider), RouteName.Decode(consumer), sha, cancellationToken).ConfigureAwait(false);
        return await RenderLatestAsync(pact, verifications, urls, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> LatestForVersionAsync(
        string provider, string consumer, string? version, PactStore pacts, VerificationStore verifications, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (p, c) = (RouteName.Decode(provider), RouteName.Decode(consumer));
        var pact = version is null
            ? await pacts.LatestAsync(p, c, null, cancellationToken).ConfigureAwait(false)
            : await pacts.FindAsync(p, c, RouteName.Decode(version), cancellationToken).ConfigureAwait(false);
        return await RenderLatestAsync(pact.OrNotFound($"No pact between consumer '{c}' and provider '{p}' found"), verifications, urls, cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task<IResult> RenderLatestAsync(PactRow pact, VerificationStore verifications, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var latest = (await verifications.LatestForPactVersionAsync(pact.PactVersionId, cancellationToken).ConfigureAwait(false))
            .OrNotFound($"No verification results have been published for {pact.Title}");
        return new JsonResponse(VerificationJson.Render(latest, pact, urls));
    }

    private static async Task<PactRow> FindPactAsync(PactStore pacts, string provider, string consumer, string sha, CancellationToken cancellationToken) =>
        (await pacts.FindByShaAsync(provider, consumer, sha, cancellationToken).ConfigureAwait(false))
            .OrNotFound($"No pact between consumer '{consumer}' and provider '{provider}' with content SHA '{sha}' found");
}
