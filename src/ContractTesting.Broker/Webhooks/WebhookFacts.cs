using ContractTesting.Broker.Publishing;

namespace ContractTesting.Broker.Webhooks;

/// <summary>What a webhook's placeholders are filled from when it is triggered (see <see cref="WebhookParameters"/>).</summary>
/// <param name="EventName">The event (<c>test</c> for a test execution).</param>
/// <param name="ConsumerName">The consumer.</param>
/// <param name="ProviderName">The provider.</param>
/// <param name="ConsumerVersionNumber">The consumer version that published the pact.</param>
/// <param name="ConsumerVersionTags">Its tags.</param>
/// <param name="ConsumerVersionBranch">Its branch, if any.</param>
/// <param name="PactUrl">The pact content's permalink.</param>
/// <param name="Verification">The verification result the event is about, or the pact's latest; none if never verified.</param>
/// <param name="Required">For <c>contract_requiring_verification_published</c>, the provider version that has to verify.</param>
/// <param name="ConsumerLabels">The consumer's labels.</param>
/// <param name="ProviderLabels">The provider's labels.</param>
/// <param name="BuildUrl">The build that published what triggered the event, if given.</param>
internal sealed record WebhookFacts(
    string EventName,
    string ConsumerName,
    string ProviderName,
    string ConsumerVersionNumber,
    IReadOnlyList<string> ConsumerVersionTags,
    string? ConsumerVersionBranch,
    string PactUrl,
    VerificationFacts? Verification,
    RequiredVerification? Required,
    IReadOnlyList<string> ConsumerLabels,
    IReadOnlyList<string> ProviderLabels,
    string? BuildUrl);
