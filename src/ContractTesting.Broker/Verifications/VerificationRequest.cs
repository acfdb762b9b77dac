using System.Text.Json.Nodes;

namespace ContractTesting.Broker.Verifications;

/// <summary>
/// A verification result as the verifier publishes it (compatibility document, section 3 item 5):
/// <c>{"success", "providerApplicationVersion", "buildUrl"?, "testResults"?, "verifiedBy"?}</c>.
/// </summary>
/// <param name="Success">Whether every interaction passed.</param>
/// <param name="ProviderVersion">The provider version that was verified (created when it does not exist).</param>
/// <param name="BuildUrl">The build that verified, if given.</param>
/// <param name="TestResults">The per-interaction results, kept as they were sent.</param>
/// <param name="VerifiedBy">The verifier (<c>implementation</c>, <c>version</c>, <c>clientLanguage</c>), if given.</param>
internal sealed record VerificationRequest(bool Success, string ProviderVersion, string? BuildUrl, JsonNode? TestResults, JsonObject? VerifiedBy);
