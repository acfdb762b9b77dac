using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// A provider's pacts by consumer version branch, as the CLI's get-pacts asks for them (see <see cref="BranchPactsPath"/>):
/// <c>/pacts/provider/{p}/branch[/…]</c> lists the pacts of every consumer, <c>/pacts/provider/{p}/consumer/{c}/branch[/…]</c>
/// those of one consumer, and its <c>…/latest</c> forms are the newest pact document (with <c>pb:pacts</c> linking to it).
/// </summary>
internal static class BranchPactsEndpoints
{
    private const string ForProvider = "/pacts/provider/{provider}/branch";
    private const string ForConsumer = "/pacts/provider/{provider}/consumer/{consumer}/branch";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(ForProvider, ForProviderAsync);
        app.MapGet($"{ForProvider}/{{**rest}}", ForProviderAsync);
        app.MapGet(ForConsumer, ForConsumerAsync);
        app.MapGet($"{ForConsumer}/{{**rest}}", ForConsumerAsync);
    }

    private static async Task<IResult> ForProviderAsync(
        string provider, string? rest, PacticipantStore pacticipants, PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var name = RouteName.Decode(provider);
        var path = BranchPactsPath.Parse(rest, versionsSuffix: false);
        var owner = (await pacticipants.FindAsync(name, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(name));
        var rows = await pacts.OnBranchAsync(owner.Id, null, path.Branch, cancellationToken).ConfigureAwait(false);
        var selected = path.Latest ? NewestOfEachConsumer(rows) : rows;
        var branch = path.Branch is null ? "the main branch of each consumer" : $"consumer version branch '{path.Branch}'";
        var title = $"{(path.Latest ? "Latest pact versions" : "All pact versions")} for the provider {name} from {branch}";
        return new JsonResponse(ProviderPactsJson.Render(name, title, selected, urls));
    }

    private static async Task<IResult> ForConsumerAsync(
        string provider, string consumer, string? rest, PacticipantStore pacticipants, PactStore pacts, BrokerUrls urls, CancellationToken cancellationToken)
    {
        var (providerName, consumerName) = (RouteName.Decode(provider), RouteName.Decode(consumer));
        var path = BranchPactsPath.Parse(rest, versionsSuffix: true);
        var providerRow = (await pacticipants.FindAsync(providerName, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(providerName));
        var consumerRow = (await pacticipants.FindAsync(consumerName, cancellationToken).ConfigureAwait(false)).OrNotFound(Found.NoPacticipant(consumerName));
        var rows = await pacts.OnBranchAsync(providerRow.Id, consumerRow.Id, path.Branch, cancellationToken).ConfigureAwait(false);
        var branch = path.Branch is null ? $"the main branch of {consumerName}" : $"branch '{path.Branch}'";
        if (path.Latest)
        {
            var newest = (rows.Count == 0 ? null : rows[0]).OrNotFound(path.Branch is null && consumerRow.MainBranch is null
                ? $"No pact between consumer '{consumerName}' and provider '{providerName}' from the main branch found: '{consumerName}' has no main branch set"
                : $"No pact between consumer '{consumerName}' and provider '{providerName}' from {branch} found");
            var pact = await pacts.FindAsync(newest.ConsumerVersionId, providerRow.Id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The pact just listed was not found.");
            var document = PactDocumentJson.Render(pact, urls);
            document["_links"]!["pb:pacts"] = ProviderPactsJson.PactLinks([pact], urls);
            return new JsonResponse(document);
        }

        var title = $"All versions of the pact between {consumerName} and {providerName} from {branch}";
        return new JsonResponse(IntegrationPactsJson.Render(providerName, consumerName, title, rows, urls));
    }

    private static List<PactRow> NewestOfEachConsumer(IReadOnlyList<PactRow> rows) =>
        [.. rows.GroupBy(r => r.ConsumerId).Select(group => group.First())];
}
