using System.Globalization;
using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>
/// What a provider asks the broker for (the body of <c>POST pb:provider-pacts-for-verification</c>): which consumer
/// versions, which provider version the results will be for, and whether to include pending and work-in-progress pacts.
/// </summary>
public sealed record PactsForVerificationRequest
{
    /// <summary>
    /// The consumer versions to verify. Empty (the default) lets the broker choose: for each consumer the latest version
    /// of its main branch, and the versions deployed or released.
    /// </summary>
    public IReadOnlyList<ConsumerVersionSelector> ConsumerVersionSelectors { get; init; } = [];

    /// <summary>
    /// The branch of the provider version being verified (<c>providerVersionBranch</c>), or null. The broker uses it
    /// for pending status, work in progress and <see cref="ConsumerVersionSelector.MatchingBranch"/>; results are
    /// published for this branch unless the publish options name another.
    /// </summary>
    public string? ProviderVersionBranch { get; init; }

    /// <summary>The tags of the provider version (<c>providerVersionTags</c>), the older alternative to a branch. Empty by default.</summary>
    public IReadOnlyList<string> ProviderVersionTags { get; init; } = [];

    /// <summary>
    /// Whether the broker says which pacts are pending (never yet verified by this provider branch or these tags):
    /// their failures are reported but do not fail the verification. Defaults to false, as the official verifier.
    /// </summary>
    public bool IncludePendingStatus { get; init; }

    /// <summary>
    /// Also verify the work-in-progress pacts published since this date (<c>includeWipPactsSince</c>): the latest pacts
    /// of every branch that this provider has not yet verified. They are always pending. Needs
    /// <see cref="IncludePendingStatus"/> and a provider branch or tags. Null (the default) for none.
    /// </summary>
    public DateOnly? IncludeWipPactsSince { get; init; }

    /// <summary>Checks the request against the broker's rules.</summary>
    /// <exception cref="ArgumentException">A selector is invalid (the message names it by position), or a field is blank.</exception>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(ConsumerVersionSelectors, nameof(ConsumerVersionSelectors));
        ArgumentNullException.ThrowIfNull(ProviderVersionTags, nameof(ProviderVersionTags));
        for (var i = 0; i < ConsumerVersionSelectors.Count; i++)
        {
            var selector = ConsumerVersionSelectors[i] ?? throw new ArgumentException($"Consumer version selector {i} is null.", nameof(ConsumerVersionSelectors));
            if (selector.Validate(ProviderVersionBranch is not null) is { } problem)
            {
                throw new ArgumentException($"Consumer version selector {i} ({selector.ToJson().ToString(Newtonsoft.Json.Formatting.None)}) is invalid: {problem}.", nameof(ConsumerVersionSelectors));
            }
        }

        if (ProviderVersionBranch is { } branch && branch.Trim().Length == 0 || ProviderVersionTags.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("The provider version's branch and tags may not be blank.", nameof(ProviderVersionBranch));
        }

        if (IncludeWipPactsSince is not null && (!IncludePendingStatus || ProviderVersionBranch is null && ProviderVersionTags.Count == 0))
        {
            throw new ArgumentException(
                "Work-in-progress pacts (IncludeWipPactsSince) are always pending: they need IncludePendingStatus and the provider version's branch or tags.",
                nameof(IncludeWipPactsSince));
        }
    }

    /// <summary>
    /// The request body as the official verifier sends it: <c>consumerVersionSelectors</c> and <c>includePendingStatus</c>
    /// always; <c>providerVersionBranch</c>, <c>providerVersionTags</c> and <c>includeWipPactsSince</c> only when set.
    /// </summary>
    internal JObject ToJson()
    {
        var json = new JObject
        {
            ["consumerVersionSelectors"] = new JArray(ConsumerVersionSelectors.Select(s => s.ToJson())),
            ["includePendingStatus"] = IncludePendingStatus,
        };
        if (ProviderVersionBranch is { } branch)
        {
            json["providerVersionBranch"] = branch;
        }

        if (ProviderVersionTags.Count > 0)
        {
            json["providerVersionTags"] = new JArray(ProviderVersionTags);
        }

        if (IncludeWipPactsSince is { } since)
        {
            json["includeWipPactsSince"] = since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return json;
    }
}
