namespace ContractTesting.Broker.PactsForVerification;

/// <summary>What a provider asks for in <c>POST /pacts/provider/{p}/for-verification</c> (compatibility document, section 3 item 2).</summary>
/// <param name="ProviderVersionBranch">The branch of the provider version that will verify (pending and WIP are worked out for it).</param>
/// <param name="ProviderVersionTags">The provider version's tags (used for pending and WIP when there is no branch).</param>
/// <param name="Selectors">The consumer version selectors; none means the defaults.</param>
/// <param name="IncludePendingStatus">Whether each pact says whether it is pending. Defaults to true, as in the Pact Broker.</param>
/// <param name="IncludeWipPactsSince">Include work-in-progress pacts published after this point in time, when given.</param>
/// <param name="Deprecated">Whether the request came through the deprecated GET form (a warning is added to every pact).</param>
internal sealed record ForVerificationRequest(
    string? ProviderVersionBranch,
    IReadOnlyList<string> ProviderVersionTags,
    IReadOnlyList<ConsumerVersionSelector> Selectors,
    bool IncludePendingStatus,
    DateTimeOffset? IncludeWipPactsSince,
    bool Deprecated);
