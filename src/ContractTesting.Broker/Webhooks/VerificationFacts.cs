namespace ContractTesting.Broker.Webhooks;

/// <summary>A verification result as webhook placeholders see it.</summary>
/// <param name="Success">Whether it passed.</param>
/// <param name="Url">Its URL.</param>
/// <param name="ProviderVersionNumber">The provider version that verified.</param>
/// <param name="ProviderVersionTags">That version's tags.</param>
/// <param name="ProviderVersionBranch">The branch it was on last, if any.</param>
internal sealed record VerificationFacts(bool Success, string Url, string ProviderVersionNumber, IReadOnlyList<string> ProviderVersionTags, string? ProviderVersionBranch);
