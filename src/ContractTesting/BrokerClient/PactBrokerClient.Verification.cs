using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>The provider side: pacts for verification, publishing verification results, the provider version's branch and tags.</summary>
public sealed partial class PactBrokerClient
{
    /// <summary>The index relation of the pacts-for-verification resource.</summary>
    public const string PactsForVerificationRelation = "pb:provider-pacts-for-verification";

    private const string BetaPactsForVerificationRelation = "beta:provider-pacts-for-verification";

    /// <summary>
    /// The pacts a provider should verify: follows the index's <c>pb:provider-pacts-for-verification</c> link, then
    /// posts <paramref name="request"/> to the resource's <c>self</c> href, as the official verifier does. A broker
    /// that does not know the provider (404) has no pacts for it: the list is empty.
    /// </summary>
    /// <exception cref="ArgumentException">The request is invalid.</exception>
    /// <exception cref="PactBrokerException">The broker does not offer pacts for verification, or a request failed.</exception>
    public async Task<IReadOnlyList<VerifiablePact>> GetPactsForVerificationAsync(string provider, PactsForVerificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        var index = await GetIndexAsync(cancellationToken).ConfigureAwait(false);
        var link = index.Link(PactsForVerificationRelation) ?? index.Link(BetaPactsForVerificationRelation) ?? throw new PactBrokerException(
            $"The broker at {IndexUrl} does not offer pacts for verification: its index has no '{PactsForVerificationRelation}' link.");
        var url = link.Expand(new Dictionary<string, string>(StringComparer.Ordinal) { ["provider"] = provider }, index.Location);
        HalResource answer;
        try
        {
            var resource = await GetAsync(url, cancellationToken).ConfigureAwait(false);
            answer = await SendAsync(HttpMethod.Post, resource.Self ?? url, request.ToJson(), cancellationToken).ConfigureAwait(false);
        }
        catch (PactBrokerException e) when (e.IsNotFound)
        {
            return [];
        }

        return [.. answer.Embedded("pacts").Select(Verifiable)];
    }

    /// <summary>Publishes verification results through a pact document's <c>pb:publish-verification-results</c> link.</summary>
    /// <returns>The verification the broker created.</returns>
    /// <exception cref="ArgumentException">The results are invalid.</exception>
    /// <exception cref="PactBrokerException">The pact has no such link, or the broker refused the results.</exception>
    public Task<HalResource> PublishVerificationResultsAsync(HalResource pact, VerificationResults results, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pact);
        ArgumentNullException.ThrowIfNull(results);
        results.Validate();
        var url = pact.RequireLink("pb:publish-verification-results").Expand(null, pact.Location);
        return SendAsync(HttpMethod.Post, url, results.ToJson(), cancellationToken);
    }

    /// <summary>Puts a pacticipant's version on a branch (<c>PUT pb:branch-version</c> of the pacticipant resource).</summary>
    /// <exception cref="PactBrokerException">The resource has no such link, or the broker refused.</exception>
    public Task<HalResource> AddVersionToBranchAsync(HalResource pacticipant, string version, string branch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pacticipant);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(branch);
        var url = pacticipant.RequireLink("pb:branch-version").Expand(Values(("branch", branch), ("version", version)), pacticipant.Location);
        return SendAsync(HttpMethod.Put, url, new JObject(), cancellationToken);
    }

    /// <summary>Tags a pacticipant's version (<c>PUT pb:version-tag</c> of the pacticipant resource).</summary>
    /// <exception cref="PactBrokerException">The resource has no such link, or the broker refused.</exception>
    public Task<HalResource> TagVersionAsync(HalResource pacticipant, string version, string tag, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pacticipant);
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(tag);
        var url = pacticipant.RequireLink("pb:version-tag").Expand(Values(("version", version), ("tag", tag)), pacticipant.Location);
        return SendAsync(HttpMethod.Put, url, new JObject(), cancellationToken);
    }

    private static Dictionary<string, string> Values(params (string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    private static VerifiablePact Verifiable(HalResource entry)
    {
        var self = entry.RequireLink("self");
        var properties = entry.Json["verificationProperties"] as JObject;
        return new VerifiablePact
        {
            Href = self.Expand(null, entry.Location),
            Name = self.Name,
            ShortDescription = HalValues.Text(entry.Json["shortDescription"]),
            Pending = properties?["pending"] is JValue { Type: JTokenType.Boolean } pending && (bool)pending!,
            WorkInProgress = properties?["wip"] is JValue { Type: JTokenType.Boolean } wip && (bool)wip!,
            Notices = [.. (properties?["notices"] as JArray ?? []).OfType<JObject>()
                .Where(n => HalValues.Text(n["text"]) is not null)
                .Select(n => new BrokerNotice(HalValues.Text(n["when"]) ?? string.Empty, HalValues.Text(n["text"])!))],
        };
    }
}
