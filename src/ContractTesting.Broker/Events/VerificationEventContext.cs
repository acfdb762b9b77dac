namespace ContractTesting.Broker.Events;

/// <summary>The verification result a <c>provider_verification_*</c> event is about.</summary>
/// <param name="VerificationId">The verification's id.</param>
/// <param name="Success">Whether the verification passed.</param>
/// <param name="ProviderVersionId">The provider version's id.</param>
/// <param name="ProviderVersionNumber">The provider version number.</param>
/// <param name="ProviderVersionBranches">The provider version's branches.</param>
/// <param name="ProviderVersionTags">The provider version's tags.</param>
/// <param name="VerificationResultUrl">The verification result's URL.</param>
/// <param name="BuildUrl">The build that verified, if given.</param>
internal sealed record VerificationEventContext(
    long VerificationId,
    bool Success,
    long ProviderVersionId,
    string ProviderVersionNumber,
    IReadOnlyList<string> ProviderVersionBranches,
    IReadOnlyList<string> ProviderVersionTags,
    string VerificationResultUrl,
    string? BuildUrl);
