using System.Text.Json.Nodes;
using ContractTesting.Broker.Branches;
using ContractTesting.Broker.Events;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Pacts;
using ContractTesting.Broker.Tags;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Verifications;

/// <summary>
/// Publishes a verification result for pact content (compatibility document, section 3 item 5): the provider version
/// is created when it does not exist, the pending and work-in-progress flags and the selectors are taken from the pact
/// URL's metadata, the result is stored against the content (so every consumer version that published the same
/// content has it), and <c>provider_verification_published</c> plus <c>_succeeded</c> or <c>_failed</c> are raised.
/// </summary>
internal sealed class VerificationPublisher(
    PactStore pacts,
    PacticipantStore pacticipants,
    VersionStore versions,
    BranchStore branches,
    TagStore tags,
    VerificationStore verifications,
    BrokerEvents events,
    BrokerUrls urls)
{
    /// <returns>The stored result, and the publication it is reported for (the consumer version the metadata names, else the newest with the content).</returns>
    /// <exception cref="BrokerProblem">404 when there is no such pact.</exception>
    public async Task<(VerificationRow Verification, PactRow Pact)> PublishAsync(
        string provider, string consumer, string sha, string? metadataSegment, VerificationRequest request, CancellationToken cancellationToken)
    {
        var newest = (await pacts.FindByShaAsync(provider, consumer, sha, cancellationToken).ConfigureAwait(false))
            .OrNotFound($"No pact between consumer '{consumer}' and provider '{provider}' with content SHA '{sha}' found");
        var metadata = PactMetadata.Decode(metadataSegment);
        var (pact, selectorHashes) = await ResolveAsync(newest, metadata, cancellationToken).ConfigureAwait(false);

        var providerRow = (await pacticipants.FindAsync(pact.ProviderName, cancellationToken).ConfigureAwait(false))!;
        var (providerVersion, _) = await versions.FindOrCreateAsync(providerRow, request.ProviderVersion, cancellationToken).ConfigureAwait(false);
        var providerTags = (await tags.ForVersionAsync(providerVersion.Id, cancellationToken).ConfigureAwait(false)).Select(t => t.Name).ToList();
        var verifiedBy = request.VerifiedBy;
        var verification = await verifications.AddAsync(
            new VerificationToStore(
                request.Success, pact.PactVersionId, pact.ConsumerId, pact.ProviderId, providerVersion.Id, request.BuildUrl,
                request.TestResults?.ToJsonString(JsonResponse.SerializerOptions), metadata.Wip, metadata.Pending, selectorHashes,
                new JsonArray([.. providerTags.Select(t => (JsonNode)t)]).ToJsonString(JsonResponse.SerializerOptions),
                Text(verifiedBy, "implementation"), Text(verifiedBy, "version"),
                verifiedBy?["clientLanguage"] is JsonObject language ? language.ToJsonString(JsonResponse.SerializerOptions) : null),
            cancellationToken).ConfigureAwait(false);

        await RaiseAsync(verification, pact, providerTags, cancellationToken).ConfigureAwait(false);
        return (verification, pact);
    }

    // The selectors name the consumer versions the verifier was given the pact for; the newest of them that
    // published this content is the one the result is reported for (webhooks then point at that commit).
    private async Task<(PactRow Pact, string? SelectorHashes)> ResolveAsync(PactRow newest, PactMetadata metadata, CancellationToken cancellationToken)
    {
        var candidates = new List<PactRow>();
        var hashes = new JsonArray();
        foreach (var selector in metadata.Selectors)
        {
            var version = await versions.FindByIdAsync(selector.ConsumerVersionId, cancellationToken).ConfigureAwait(false);
            if (version is null || version.PacticipantId != newest.ConsumerId)
            {
                continue;
            }

            var hash = new JsonObject();
            AddIfSet(hash, "branch", selector.Branch);
            AddIfSet(hash, "tag", selector.Tag);
            if (selector.Latest is { } latest)
            {
                hash["latest"] = latest;
            }

            AddIfSet(hash, "environment", selector.Environment);
            hash["consumerVersionNumber"] = version.Number;
            hashes.Add(hash);
            if (await pacts.FindAsync(version.Id, newest.ProviderId, cancellationToken).ConfigureAwait(false) is { } pact && pact.Sha == newest.Sha)
            {
                candidates.Add(pact);
            }
        }

        if (candidates.Count == 0 && metadata.ConsumerVersionNumber is { } number
            && await pacts.FindAsync(newest.ProviderName, newest.ConsumerName, number, cancellationToken).ConfigureAwait(false) is { } named
            && named.Sha == newest.Sha)
        {
            candidates.Add(named);
        }

        var chosen = candidates.Count == 0 ? newest : candidates.MaxBy(p => p.ConsumerVersionOrder)!;
        return (chosen, hashes.Count == 0 ? null : hashes.ToJsonString(JsonResponse.SerializerOptions));
    }

    private async Task RaiseAsync(VerificationRow verification, PactRow pact, IReadOnlyList<string> providerTags, CancellationToken cancellationToken)
    {
        var consumerBranches = await branches.ForVersionAsync(pact.ConsumerVersionId, cancellationToken).ConfigureAwait(false);
        var consumerTags = await tags.ForVersionAsync(pact.ConsumerVersionId, cancellationToken).ConfigureAwait(false);
        var providerBranches = await branches.ForVersionAsync(verification.ProviderVersionId, cancellationToken).ConfigureAwait(false);
        var context = new ContractEventContext(
            pact.ConsumerId, pact.ConsumerName, pact.ProviderId, pact.ProviderName, pact.ConsumerVersionId, pact.ConsumerVersionNumber,
            consumerBranches.Count == 0 ? null : consumerBranches[^1].BranchName, [.. consumerTags.Select(t => t.Name)], pact.PublicationId, pact.Sha,
            urls.Pact(pact.ProviderName, pact.ConsumerName, pact.ConsumerVersionNumber), null);
        var result = new VerificationEventContext(
            verification.Id, verification.Success, verification.ProviderVersionId, verification.ProviderVersionNumber,
            [.. providerBranches.Select(b => b.BranchName)], providerTags,
            urls.VerificationResult(verification.ProviderName, verification.ConsumerName, verification.Sha, verification.Number), verification.BuildUrl);
        var outcome = verification.Success ? BrokerEvent.ProviderVerificationSucceeded : BrokerEvent.ProviderVerificationFailed;
        await events.RaiseAsync(
            [new BrokerEvent(BrokerEvent.ProviderVerificationPublished, null, context, result), new BrokerEvent(outcome, null, context, result)],
            cancellationToken).ConfigureAwait(false);
    }

    private static string? Text(JsonObject? json, string key) => json?[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static void AddIfSet(JsonObject json, string key, string? value)
    {
        if (value is not null)
        {
            json[key] = value;
        }
    }
}
