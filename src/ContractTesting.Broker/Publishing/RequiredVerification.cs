namespace ContractTesting.Broker.Publishing;

/// <summary>
/// A provider version that has not verified a newly published pact's content but should: the latest on the
/// provider's main branch, or one deployed or released (compatibility document, section 5).
/// </summary>
/// <param name="ProviderVersionId">The provider version's id.</param>
/// <param name="ProviderVersionNumber">Its number.</param>
/// <param name="ProviderVersionBranch">The main branch when it was chosen as its latest, else the branch it was on last, if any.</param>
/// <param name="Descriptions">Why it was chosen: "latest from main branch", "deployed in production", "released in test".</param>
internal sealed record RequiredVerification(long ProviderVersionId, string ProviderVersionNumber, string? ProviderVersionBranch, IReadOnlyList<string> Descriptions);
