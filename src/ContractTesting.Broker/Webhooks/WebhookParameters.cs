namespace ContractTesting.Broker.Webhooks;

/// <summary>
/// The values of the <c>${pactbroker.*}</c> placeholders for one triggering of a webhook (the Pact Broker's
/// <c>PactAndVerificationParameters</c>): what the pact and the verification say, with the statuses spelled as
/// GitHub, Bitbucket, Azure DevOps and GitLab want them. Lists are joined with <c>", "</c>; what is unknown is empty.
/// </summary>
internal static class WebhookParameters
{
    public const string PactUrl = "pactbroker.pactUrl";
    public const string VerificationResultUrl = "pactbroker.verificationResultUrl";
    public const string ConsumerVersionNumber = "pactbroker.consumerVersionNumber";
    public const string ProviderVersionNumber = "pactbroker.providerVersionNumber";
    public const string ProviderVersionTags = "pactbroker.providerVersionTags";
    public const string ProviderVersionBranch = "pactbroker.providerVersionBranch";
    public const string ProviderVersionDescriptions = "pactbroker.providerVersionDescriptions";
    public const string ConsumerVersionTags = "pactbroker.consumerVersionTags";
    public const string ConsumerVersionBranch = "pactbroker.consumerVersionBranch";
    public const string ConsumerName = "pactbroker.consumerName";
    public const string ProviderName = "pactbroker.providerName";
    public const string GithubVerificationStatus = "pactbroker.githubVerificationStatus";
    public const string BitbucketVerificationStatus = "pactbroker.bitbucketVerificationStatus";
    public const string AzureDevOpsVerificationStatus = "pactbroker.azureDevOpsVerificationStatus";
    public const string GitlabVerificationStatus = "pactbroker.gitlabVerificationStatus";
    public const string ConsumerLabels = "pactbroker.consumerLabels";
    public const string ProviderLabels = "pactbroker.providerLabels";
    public const string EventName = "pactbroker.eventName";
    public const string BuildUrl = "pactbroker.buildUrl";
    public const string CurrentlyDeployedProviderVersionNumber = "pactbroker.currentlyDeployedProviderVersionNumber";

    public static IReadOnlyDictionary<string, string> Build(WebhookFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var verification = facts.Verification;
        var required = facts.Required;
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PactUrl] = facts.PactUrl,
            [VerificationResultUrl] = verification?.Url ?? "",
            [ConsumerVersionNumber] = facts.ConsumerVersionNumber,
            [ProviderVersionNumber] = required?.ProviderVersionNumber ?? verification?.ProviderVersionNumber ?? "",
            [ProviderVersionTags] = string.Join(", ", verification?.ProviderVersionTags ?? []),
            [ProviderVersionBranch] = required is not null ? required.ProviderVersionBranch ?? "" : verification?.ProviderVersionBranch ?? "",
            [ProviderVersionDescriptions] = string.Join(", ", required?.Descriptions ?? []),
            [ConsumerVersionTags] = string.Join(", ", facts.ConsumerVersionTags),
            [ConsumerVersionBranch] = facts.ConsumerVersionBranch ?? "",
            [ConsumerName] = facts.ConsumerName,
            [ProviderName] = facts.ProviderName,
            [GithubVerificationStatus] = Status(verification, "success", "failure", "pending"),
            [BitbucketVerificationStatus] = Status(verification, "SUCCESSFUL", "FAILED", "INPROGRESS"),
            [AzureDevOpsVerificationStatus] = Status(verification, "succeeded", "failed", "pending"),
            [GitlabVerificationStatus] = Status(verification, "success", "failed", "pending"),
            [ConsumerLabels] = string.Join(", ", facts.ConsumerLabels),
            [ProviderLabels] = string.Join(", ", facts.ProviderLabels),
            [EventName] = facts.EventName,
            [BuildUrl] = facts.BuildUrl ?? "",
            [CurrentlyDeployedProviderVersionNumber] = "",
        };
    }

    private static string Status(VerificationFacts? verification, string success, string failure, string none) =>
        verification is null ? none : verification.Success ? success : failure;
}
