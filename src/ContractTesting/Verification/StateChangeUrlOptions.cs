namespace ContractTesting.Verification;

/// <summary>Options for a provider's state-change URL (see <see cref="ProviderVerifier.WithStateChangeUrl"/>).</summary>
public sealed record StateChangeUrlOptions
{
    /// <summary>Whether a teardown call follows each interaction, as the reference verifier's <c>--state-change-teardown</c>. Defaults to false.</summary>
    public bool Teardown { get; init; }

    /// <summary>Whether the state goes in a JSON body or in the query string. Defaults to <see cref="StateChangeStyle.Body"/>.</summary>
    public StateChangeStyle Style { get; init; } = StateChangeStyle.Body;

    /// <summary>
    /// Whether interactions without provider states still get one call with the state <c>""</c>, as the reference
    /// verifier makes (a handler must then ignore it). Defaults to true.
    /// </summary>
    public bool CallForInteractionsWithoutStates { get; init; } = true;
}
