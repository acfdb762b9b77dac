using System.Text.Json.Nodes;
using ContractTesting.Broker.Branches;
using ContractTesting.Broker.Events;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacticipants;
using ContractTesting.Broker.Pacts;
using ContractTesting.Broker.Tags;
using ContractTesting.Broker.Versions;

namespace ContractTesting.Broker.Publishing;

/// <summary>
/// Publishes a consumer version's pacts (compatibility document, sections 2 and 5): first every pact is checked
/// for a conflict with what the version already published (changed content is refused with 409 unless merged or
/// allowed); then the pacticipant and version are found or created, the branch and tags set, each pact stored as
/// a new revision unless its content is unchanged, the integrations recorded and the events raised. It all happens
/// in the request's transaction.
/// </summary>
internal sealed class ContractPublisher(
    PacticipantStore pacticipants,
    VersionStore versions,
    BranchStore branches,
    TagStore tags,
    PactStore pacts,
    IntegrationStore integrations,
    RequiredVerifications requiredVerifications,
    BrokerEvents events,
    BrokerUrls urls,
    BrokerOptions options)
{
    /// <exception cref="BrokerProblem">409 when a pact conflicts with what the version published before.</exception>
    public async Task<PublishOutcome> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var planned = await PlanAsync(request, cancellationToken).ConfigureAwait(false);
        var notices = new List<BrokerNotice>();

        var consumer = await pacticipants.FindOrCreateAsync(request.PacticipantName, cancellationToken).ConfigureAwait(false);
        var (version, created) = await versions.FindOrCreateAsync(consumer, request.VersionNumber, cancellationToken).ConfigureAwait(false);
        if (request.BuildUrl is not null && request.BuildUrl != version.BuildUrl)
        {
            await versions.SetBuildUrlAsync(version.Id, request.BuildUrl, cancellationToken).ConfigureAwait(false);
        }

        if (request.Branch is not null)
        {
            await branches.AddVersionAsync(version, request.Branch, autoCreated: false, cancellationToken).ConfigureAwait(false);
        }

        var tagRows = new List<TagRow>();
        foreach (var tag in request.Tags)
        {
            tagRows.Add((await tags.AddAsync(version, tag, cancellationToken).ConfigureAwait(false)).Row);
        }

        var allTags = (await tags.ForVersionAsync(version.Id, cancellationToken).ConfigureAwait(false)).Select(t => t.Name).ToList();
        notices.Add(BrokerNotice.Debug(PublishMessages.Version(!created, consumer.Name, version.Number, request.Branch, request.Tags)));
        if (request.Branch is null)
        {
            notices.Add(BrokerNotice.Prompt(PublishMessages.NextStepsVersionBranch));
        }

        var published = new List<PublishedPact>();
        foreach (var (contract, content) in planned)
        {
            var provider = await pacticipants.FindOrCreateAsync(contract.ProviderName, cancellationToken).ConfigureAwait(false);
            var before = await pacts.FindAsync(version.Id, provider.Id, cancellationToken).ConfigureAwait(false);
            var pact = before is not null && before.Sha == content.Sha
                ? before
                : await pacts.AddRevisionAsync(consumer.Id, provider.Id, version.Id, version.VersionOrder, content, (before?.RevisionNumber ?? 0) + 1, cancellationToken)
                    .ConfigureAwait(false);
            published.Add(new PublishedPact(pact, before));
            await integrations.TouchAsync(consumer.Id, provider.Id, cancellationToken).ConfigureAwait(false);

            notices.Add(PublicationNotice(contract.Merge, before, pact));
            var pactUrl = urls.Pact(pact.ProviderName, pact.ConsumerName, pact.ConsumerVersionNumber);
            notices.Add(BrokerNotice.Debug(PublishMessages.ViewPact(pactUrl)));
            var context = new ContractEventContext(
                consumer.Id, consumer.Name, provider.Id, provider.Name, version.Id, version.Number, request.Branch, allTags,
                pact.PublicationId, pact.Sha, pactUrl, request.BuildUrl ?? version.BuildUrl);
            var raised = await EventsAsync(context, before, pact, allTags, version, cancellationToken).ConfigureAwait(false);
            raised = await WithRequiredVerificationAsync(raised, context, pact, cancellationToken).ConfigureAwait(false);
            if (raised.Count > 0)
            {
                notices.Add(BrokerNotice.Debug(PublishMessages.EventsDetected(raised.Select(e => e.Description))));
            }

            notices.AddRange(await events.RaiseAsync(raised, cancellationToken).ConfigureAwait(false));
            notices.AddRange(await NextStepsAsync(consumer.Id, provider, cancellationToken).ConfigureAwait(false));
        }

        var saved = await versions.FindByIdAsync(version.Id, cancellationToken).ConfigureAwait(false) ?? version;
        return new PublishOutcome(consumer, saved, tagRows, published, notices);
    }

    private async Task<List<(ContractToPublish Contract, PactContent Content)>> PlanAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        var planned = new List<(ContractToPublish, PactContent)>();
        var conflictNotices = new List<BrokerNotice>();
        var errors = new List<string>();
        var consumer = await pacticipants.FindAsync(request.PacticipantName, cancellationToken).ConfigureAwait(false);
        var version = consumer is null ? null : await versions.FindAsync(consumer.Id, request.VersionNumber, cancellationToken).ConfigureAwait(false);
        foreach (var contract in MergeSameProvider(request.Contracts))
        {
            var provider = version is null ? null : await pacticipants.FindAsync(contract.ProviderName, cancellationToken).ConfigureAwait(false);
            var existing = provider is null ? null : await pacts.FindAsync(version!.Id, provider.Id, cancellationToken).ConfigureAwait(false);
            var content = contract.Content;
            if (existing is not null && existing.Sha != content.Sha)
            {
                var existingContent = PactContent.FromStoredText(existing.Content);
                if (contract.Merge)
                {
                    content = PactMerge.Merge(existingContent, contract.Content, out var conflicts);
                    if (conflicts.Count > 0)
                    {
                        var text = PublishMessages.MergeConflict(contract.ConsumerName, request.VersionNumber, contract.ProviderName, conflicts);
                        conflictNotices.Add(BrokerNotice.Error(text));
                        errors.Add(text);
                    }
                }
                else if (!options.AllowContractModification)
                {
                    var text = PublishMessages.ModificationNotAllowed(contract.ConsumerName, request.VersionNumber, contract.ProviderName);
                    conflictNotices.Add(BrokerNotice.Error(text));
                    conflictNotices.Add(BrokerNotice.Info(PactDiff.Describe(existingContent, contract.Content)));
                    errors.Add(text);
                }
            }

            planned.Add((contract, content));
        }

        if (errors.Count > 0)
        {
            throw BrokerProblem.Conflict(BrokerNotice.ToJson(conflictNotices), new JsonObject { ["contracts"] = new JsonArray([.. errors.Select(e => (JsonNode)e)]) });
        }

        return planned;
    }

    // Two contracts for one provider in one request are one pact: the later ones merge into the first.
    private static IEnumerable<ContractToPublish> MergeSameProvider(IReadOnlyList<ContractToPublish> contracts) =>
        contracts.GroupBy(c => c.ProviderName, StringComparer.Ordinal).Select(group => group.Skip(1).Aggregate(group.First(), (merged, next) =>
            merged with { Content = PactMerge.Merge(merged.Content, next.Content, out _), Merge = merged.Merge || next.Merge }));

    private static BrokerNotice PublicationNotice(bool merge, PactRow? before, PactRow pact)
    {
        var (consumer, number, provider) = (pact.ConsumerName, pact.ConsumerVersionNumber, pact.ProviderName);
        if (before is null)
        {
            return BrokerNotice.Success(PublishMessages.Published(consumer, number, provider));
        }

        if (merge)
        {
            return BrokerNotice.Success(PublishMessages.Merged(consumer, number, provider));
        }

        return before.Sha == pact.Sha
            ? BrokerNotice.Success(PublishMessages.Republished(consumer, number, provider))
            : BrokerNotice.Warning(PublishMessages.Modified(consumer, number, provider));
    }

    private async Task<IReadOnlyList<BrokerEvent>> EventsAsync(
        ContractEventContext context, PactRow? before, PactRow pact, List<string> allTags, VersionRow version, CancellationToken cancellationToken)
    {
        if (before is not null)
        {
            return before.Sha == pact.Sha
                ? [new BrokerEvent(BrokerEvent.ContractPublished, null, context)]
                :
                [
                    new BrokerEvent(BrokerEvent.ContractPublished, null, context),
                    new BrokerEvent(BrokerEvent.ContractContentChanged, $"pact content modified since previous publication for {pact.ConsumerName} version {pact.ConsumerVersionNumber}", context),
                ];
        }

        var reasons = new List<string>();
        foreach (var tag in allTags.Count > 0 ? allTags.Select(t => (string?)t) : [null])
        {
            var previous = await pacts.PreviousAsync(pact.ConsumerId, pact.ProviderId, version.VersionOrder, tag, cancellationToken).ConfigureAwait(false);
            if (previous is not null && previous.Sha == pact.Sha)
            {
                continue;
            }

            reasons.Add((tag, previous) switch
            {
                (null, null) => "first time untagged pact published",
                (null, _) => "pact content has changed since previous untagged version",
                (_, null) => $"first time any pact published for this consumer with consumer version tagged {tag}",
                _ => $"pact content has changed since the last consumer version tagged with {tag}",
            });
        }

        return reasons.Count > 0
            ? [new BrokerEvent(BrokerEvent.ContractPublished, null, context), new BrokerEvent(BrokerEvent.ContractContentChanged, string.Join(", ", reasons), context)]
            : [new BrokerEvent(BrokerEvent.ContractPublished, allTags.Count switch
            {
                0 => null,
                1 => $"pact content is the same as previous version with tag {allTags[0]} and no new tags were applied",
                _ => $"pact content is the same as previous versions with tags {string.Join(", ", allTags)} and no new tags were applied",
            }, context)];
    }

    // contract_requiring_verification_published follows contract_published whenever a provider version that should
    // verify the content (latest on the main branch, deployed, released) has not.
    private async Task<IReadOnlyList<BrokerEvent>> WithRequiredVerificationAsync(
        IReadOnlyList<BrokerEvent> raised, ContractEventContext context, PactRow pact, CancellationToken cancellationToken)
    {
        var required = await requiredVerifications.ForAsync(pact.PactVersionId, pact.ProviderId, cancellationToken).ConfigureAwait(false);
        return required.Count == 0
            ? raised
            : [raised[0], new BrokerEvent(BrokerEvent.ContractRequiringVerificationPublished, null, context), .. raised.Skip(1)];
    }

    private async Task<IReadOnlyList<BrokerNotice>> NextStepsAsync(long consumerId, PacticipantRow provider, CancellationToken cancellationToken)
    {
        var steps = new List<BrokerNotice>();
        if (!await integrations.HasVerificationsAsync(consumerId, provider.Id, cancellationToken).ConfigureAwait(false))
        {
            steps.Add(BrokerNotice.Prompt(PublishMessages.NextStepVerifications(provider.Name)));
        }

        if (!await integrations.HasWebhooksAsync(consumerId, provider.Id, cancellationToken).ConfigureAwait(false))
        {
            steps.Add(BrokerNotice.Prompt(PublishMessages.NextStepWebhooks(provider.Name)));
        }

        if (steps.Count > 0)
        {
            steps.Insert(0, BrokerNotice.Prompt(PublishMessages.NextSteps));
        }

        return steps;
    }
}
