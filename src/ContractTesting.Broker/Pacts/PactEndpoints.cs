using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// The pact documents: by consumer version, by content SHA (with the metadata segment of pacts-for-verification links),
/// the latest for an integration (optionally with a consumer version tag, or of the newest untagged consumer version),
/// and the previous pact of a consumer version with different content.
/// </summary>
internal static class PactEndpoints
{
    private const string Integration = "/pacts/provider/{provider}/consumer/{consumer}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet($"{Integration}/version/{{version}}", ByVersionAsync);
        app.MapGet($"{Integration}/pact-version/{{sha}}", ByShaAsync);
        app.MapGet($"{Integration}/pact-version/{{sha}}/metadata/{{metadata}}", ByShaAsync);
        app.MapGet($"{Integration}/version/{{version}}/previous-distinct", PreviousDistinctAsync);
        app.MapGet($"{Integration}/latest", LatestAsync);
        app.MapGet($"{Integration}/latest-untagged", LatestUntaggedAsync);
        app.MapGet($"{Integration}/latest/{{tag}}", LatestAsync);
    }

    private static async Task<IResult> ByVersionAsync(
        string provider, string consumer, string version, PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (p, c, v) = (RouteName.Decode(provider), RouteName.Decode(consumer), RouteName.Decode(version));
        var pact = (await pacts.FindAsync(p, c, v, cancellationToken).ConfigureAwait(false))
            .OrNotFound($"No pact between consumer '{c}' version '{v}' and provider '{p}' found");
        return new JsonResponse(PactDocumentJson.Render(pact, urls));
    }

    private static async Task<IResult> ByShaAsync(
        string provider, string consumer, string sha, string? metadata, PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (p, c) = (RouteName.Decode(provider), RouteName.Decode(consumer));
        var pact = (await pacts.FindByShaAsync(p, c, sha, cancellationToken).ConfigureAwait(false))
            .OrNotFound($"No pact between consumer '{c}' and provider '{p}' with content SHA '{sha}' found");
        return new JsonResponse(PactDocumentJson.Render(pact, urls, metadata));
    }

    private static async Task<IResult> LatestAsync(
        string provider, string consumer, string? tag, PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (p, c, t) = (RouteName.Decode(provider), RouteName.Decode(consumer), tag is null ? null : RouteName.Decode(tag));
        var pact = (await pacts.LatestAsync(p, c, t, cancellationToken).ConfigureAwait(false))
            .OrNotFound(t is null
                ? $"No pact between consumer '{c}' and provider '{p}' found"
                : $"No pact between consumer '{c}' and provider '{p}' with a consumer version tagged '{t}' found");
        return new JsonResponse(PactDocumentJson.Render(pact, urls));
    }

    private static async Task<IResult> PreviousDistinctAsync(
        string provider, string consumer, string version, PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (p, c, v) = (RouteName.Decode(provider), RouteName.Decode(consumer), RouteName.Decode(version));
        var pact = (await pacts.FindAsync(p, c, v, cancellationToken).ConfigureAwait(false))
            .OrNotFound($"No pact between consumer '{c}' version '{v}' and provider '{p}' found");
        var previous = (await pacts.PreviousDistinctAsync(pact, cancellationToken).ConfigureAwait(false))
            .OrNotFound($"No previous pact between consumer '{c}' and provider '{p}' with content different from version '{v}' found");
        return new JsonResponse(PactDocumentJson.Render(previous, urls));
    }

    private static async Task<IResult> LatestUntaggedAsync(string provider, string consumer, PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (p, c) = (RouteName.Decode(provider), RouteName.Decode(consumer));
        var pact = (await pacts.LatestUntaggedAsync(p, c, cancellationToken).ConfigureAwait(false))
            .OrNotFound($"No pact between consumer '{c}' and provider '{p}' with an untagged consumer version found");
        return new JsonResponse(PactDocumentJson.Render(pact, urls));
    }
}
