namespace ContractTesting.Broker.Events;

/// <summary>The pact an event is about.</summary>
/// <param name="ConsumerId">The consumer pacticipant's id.</param>
/// <param name="ConsumerName">The consumer's name.</param>
/// <param name="ProviderId">The provider pacticipant's id.</param>
/// <param name="ProviderName">The provider's name.</param>
/// <param name="ConsumerVersionId">The consumer version's id.</param>
/// <param name="ConsumerVersionNumber">The consumer version number.</param>
/// <param name="ConsumerVersionBranch">The branch given when it was published, if any.</param>
/// <param name="ConsumerVersionTags">The consumer version's tags.</param>
/// <param name="PactPublicationId">The publication (a revision of the consumer version's pact with the provider).</param>
/// <param name="PactVersionSha">The content's SHA.</param>
/// <param name="PactUrl">The pact's URL.</param>
/// <param name="BuildUrl">The build that published it, if given.</param>
internal sealed record ContractEventContext(
    long ConsumerId,
    string ConsumerName,
    long ProviderId,
    string ProviderName,
    long ConsumerVersionId,
    string ConsumerVersionNumber,
    string? ConsumerVersionBranch,
    IReadOnlyList<string> ConsumerVersionTags,
    long PactPublicationId,
    string PactVersionSha,
    string PactUrl,
    string? BuildUrl);
