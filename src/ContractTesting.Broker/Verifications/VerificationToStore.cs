namespace ContractTesting.Broker.Verifications;

/// <summary>A verification result to store: what was published, and what the pact URL's metadata said about the pact.</summary>
internal sealed record VerificationToStore(
    bool Success,
    long PactVersionId,
    long ConsumerId,
    long ProviderId,
    long ProviderVersionId,
    string? BuildUrl,
    string? TestResults,
    bool Wip,
    bool? PactPending,
    string? ConsumerVersionSelectorHashes,
    string? TagNames,
    string? VerifiedByImplementation,
    string? VerifiedByVersion,
    string? VerifiedByClientLanguage);
