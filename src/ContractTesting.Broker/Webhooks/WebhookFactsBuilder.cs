using ContractTesting.Broker.Branches;
using ContractTesting.Broker.Events;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacts;
using ContractTesting.Broker.Publishing;
using ContractTesting.Broker.Tags;

namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// Gathers what a webhook's placeholders are filled from: for an event, from the event and the pact's newest
/// verification (preferring the provider's main branch); for a test execution, from the newest pact the webhook
/// could fire for, or the Pact Broker's placeholder pact and verification when there is none.
/// </summary>
internal sealed class WebhookFactsBuilder(WebhookFactStore store, PactStore pacts, TagStore tags, BranchStore branches, BrokerUrls urls)
{
    /// <summary>The event name a test execution reports.</summary>
    public const string TestEvent = "test";

    private const string PlaceholderConsumerVersion = "gggghhhhjjjjkkkkllll66667777888899990000";
    private const string PlaceholderSha = "5d445a4612743728dfd99ccd4210423c052bb9db";

    public async Task<WebhookFacts> ForEventAsync(BrokerEvent e, RequiredVerification? required, CancellationToken cancellationToken)
    {
        var c = e.Context;
        var verification = e.Verification is { } v
            ? new VerificationFacts(v.Success, v.VerificationResultUrl, v.ProviderVersionNumber, v.ProviderVersionTags, LastOf(v.ProviderVersionBranches))
            : await VerificationAsync(
                await store.LatestVerificationAsync(await store.PactVersionIdAsync(c.PactPublicationId, cancellationToken).ConfigureAwait(false), cancellationToken)
                    .ConfigureAwait(false),
                c.ProviderName, c.ConsumerName, c.PactVersionSha, cancellationToken).ConfigureAwait(false);
        return new WebhookFacts(
            e.Name, c.ConsumerName, c.ProviderName, c.ConsumerVersionNumber, c.ConsumerVersionTags, c.ConsumerVersionBranch,
            WebhookPactUrl.For(urls, c.ProviderName, c.ConsumerName, c.PactVersionSha, c.ConsumerVersionNumber, c.ConsumerVersionTags),
            verification, required,
            await store.LabelsAsync(c.ConsumerId, cancellationToken).ConfigureAwait(false),
            await store.LabelsAsync(c.ProviderId, cancellationToken).ConfigureAwait(false),
            e.Verification is { } published ? published.BuildUrl : c.BuildUrl);
    }

    public async Task<WebhookFacts> ForTestAsync(WebhookDefinition webhook, CancellationToken cancellationToken)
    {
        var key = await store.LatestPactAsync(webhook.Consumer?.Id, webhook.Provider?.Id, cancellationToken).ConfigureAwait(false);
        var pact = key is null ? null : await pacts.FindAsync(key.ConsumerVersionId, key.ProviderId, cancellationToken).ConfigureAwait(false);
        var forVerifications = webhook.Events.Any(WebhookEvents.IsVerificationEvent);
        if (pact is null)
        {
            return Placeholder(forVerifications);
        }

        var consumerTags = (await tags.ForVersionAsync(pact.ConsumerVersionId, cancellationToken).ConfigureAwait(false)).Select(t => t.Name).ToList();
        var consumerBranch = LastOf((await branches.ForVersionAsync(pact.ConsumerVersionId, cancellationToken).ConfigureAwait(false)).Select(b => b.BranchName).ToList());
        var row = forVerifications
            ? await store.LatestVerificationAsync(pact.ConsumerId, pact.ProviderId, cancellationToken).ConfigureAwait(false)
            : await store.LatestVerificationAsync(pact.PactVersionId, cancellationToken).ConfigureAwait(false);
        var verification = await VerificationAsync(row, pact.ProviderName, pact.ConsumerName, row?.Sha ?? pact.Sha, cancellationToken).ConfigureAwait(false);
        if (forVerifications)
        {
            verification ??= PlaceholderVerification();
        }

        return new WebhookFacts(
            TestEvent, pact.ConsumerName, pact.ProviderName, pact.ConsumerVersionNumber, consumerTags, consumerBranch,
            WebhookPactUrl.For(urls, pact.ProviderName, pact.ConsumerName, pact.Sha, pact.ConsumerVersionNumber, consumerTags),
            verification, null,
            await store.LabelsAsync(pact.ConsumerId, cancellationToken).ConfigureAwait(false),
            await store.LabelsAsync(pact.ProviderId, cancellationToken).ConfigureAwait(false),
            null);
    }

    private async Task<VerificationFacts?> VerificationAsync(VerificationFactRow? row, string provider, string consumer, string sha, CancellationToken cancellationToken)
    {
        if (row is null)
        {
            return null;
        }

        var providerTags = (await tags.ForVersionAsync(row.ProviderVersionId, cancellationToken).ConfigureAwait(false)).Select(t => t.Name).ToList();
        var providerBranch = LastOf((await branches.ForVersionAsync(row.ProviderVersionId, cancellationToken).ConfigureAwait(false)).Select(b => b.BranchName).ToList());
        return new VerificationFacts(row.Success, VerificationUrl(provider, consumer, sha, row.Number), row.ProviderVersionNumber, providerTags, providerBranch);
    }

    // The Pact Broker's PlaceholderPact and PlaceholderVerification, so a webhook can be tried before anything is published.
    private WebhookFacts Placeholder(bool withVerification) => new(
        TestEvent, "placeholder-consumer", "placeholder-provider", PlaceholderConsumerVersion, ["dev"], "main",
        WebhookPactUrl.For(urls, "placeholder-provider", "placeholder-consumer", PlaceholderSha, PlaceholderConsumerVersion, ["dev"]),
        withVerification ? PlaceholderVerification() : null, null, ["placeholder-consumer-label"], ["placeholder-provider-label"], null);

    private VerificationFacts PlaceholderVerification() =>
        new(true, VerificationUrl("placeholder-provider", "placeholder-consumer", PlaceholderSha, 1), "aaaabbbbccccddddeeeeffff1111222233334444", ["master"], null);

    private string VerificationUrl(string provider, string consumer, string sha, int number) =>
        $"{urls.VerificationResults(provider, consumer, sha, null)}/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    private static string? LastOf(IReadOnlyList<string> branches) => branches.Count == 0 ? null : branches[^1];
}
