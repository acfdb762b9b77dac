namespace ContractTesting.Broker.Publishing;

/// <summary>The Pact Broker's texts for publications (its <c>en.yml</c>), which the CLI prints and users recognise.</summary>
internal static class PublishMessages
{
    public static string Version(bool existed, string pacticipant, string number, string? branch, IReadOnlyList<string> tags)
    {
        var text = $"{(existed ? "Updated" : "Created")} {pacticipant} version {number}";
        var tagList = string.Join(", ", tags);
        return (branch, tags.Count) switch
        {
            (not null, > 0) => $"{text} with branch {branch} and tags {tagList}",
            (not null, _) => $"{text} with branch {branch}",
            (null, > 0) => $"{text} with tags {tagList}",
            _ => text,
        };
    }

    public const string NextStepsVersionBranch = "  Next steps:\n    Configure the version branch to be the value of your repository branch.";

    public static string Published(string consumer, string number, string provider) =>
        $"Pact successfully published for {consumer} version {number} and provider {provider}.";

    public static string Republished(string consumer, string number, string provider) =>
        $"Pact successfully republished for {consumer} version {number} and provider {provider} with no content changes.";

    public static string Modified(string consumer, string number, string provider) =>
        $"Pact with changed content published over existing content for {consumer} version {number} and provider {provider}. This is not recommended in normal circumstances and may indicate that you have not configured your Pact pipeline correctly. For more information see https://docs.pact.io/go/versioning";

    public static string Merged(string consumer, string number, string provider) =>
        $"Pact content merged with existing content for {consumer} version {number} and provider {provider}.";

    public static string ModificationNotAllowed(string consumer, string number, string provider) =>
        $"Cannot change the content of the pact for {consumer} version {number} and provider {provider}, as race conditions will cause unreliable results for can-i-deploy. Each pact must be published with a unique consumer version number. Some Pact libraries generate random data when a concrete value for a type matcher is not specified, and this can cause the contract to mutate - ensure you have given example values for all type matchers. For more information see https://docs.pact.io/go/versioning";

    public static string MergeConflict(string consumer, string number, string provider, IEnumerable<string> interactions) =>
        $"Cannot merge the pact for {consumer} version {number} and provider {provider}: these interactions have the same description and provider states as published ones but different content: {string.Join(", ", interactions)}";

    public static string ViewPact(string url) => $"  View the published pact at {url}";

    public static string EventsDetected(IEnumerable<string> events) => $"  Events detected: {string.Join(", ", events)}";

    public const string NextSteps = "  Next steps:";

    public static string NextStepVerifications(string provider) =>
        $"    * Add Pact verification tests to the {provider} build. See https://docs.pact.io/go/provider_verification";

    public static string NextStepWebhooks(string provider) =>
        $"    * Configure separate {provider} pact verification build and webhook to trigger it when the pact content changes. See https://docs.pact.io/go/webhooks";
}
