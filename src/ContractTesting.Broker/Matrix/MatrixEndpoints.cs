using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Matrix;

/// <summary>
/// The matrix and can-i-deploy (compatibility document, section 4): <c>GET /matrix?q[][pacticipant]=…</c>, as the
/// official CLI asks it, and <c>GET /can-i-deploy?pacticipant=&amp;version=&amp;environment=|to=</c>, the broker's own
/// short form. Both answer with the rows, the verdict and its reasons.
/// </summary>
internal static class MatrixEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/matrix", (HttpRequest request, MatrixQueryValidator validator, MatrixFinder finder, MatrixVersionDetailsStore details,
            BrokerUrls urls, CancellationToken cancellationToken) =>
            AnswerAsync(MatrixQueryReader.ReadMatrix, request, validator, finder, details, urls, cancellationToken));
        app.MapGet("/can-i-deploy", (HttpRequest request, MatrixQueryValidator validator, MatrixFinder finder, MatrixVersionDetailsStore details,
            BrokerUrls urls, CancellationToken cancellationToken) =>
            AnswerAsync(MatrixQueryReader.ReadCanIDeploy, request, validator, finder, details, urls, cancellationToken));
    }

    private static async Task<IResult> AnswerAsync(
        Func<string?, List<string>, MatrixQuery> read, HttpRequest request, MatrixQueryValidator validator, MatrixFinder finder,
        MatrixVersionDetailsStore details, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var errors = new List<string>();
        var query = read(request.QueryString.Value, errors);
        await validator.ValidateAsync(query, errors, cancellationToken).ConfigureAwait(false);

        var result = await finder.FindAsync(query, cancellationToken).ConfigureAwait(false);
        var versionIds = result.AllRows.Select(r => r.ConsumerVersionId)
            .Concat(result.AllRows.Where(r => r.ProviderVersionId is not null).Select(r => r.ProviderVersionId!.Value))
            .ToList();
        var shown = await details.LoadAsync(versionIds, cancellationToken).ConfigureAwait(false);
        return new JsonResponse(MatrixJson.Render(result, new DeploymentStatus(result), shown, urls));
    }
}
