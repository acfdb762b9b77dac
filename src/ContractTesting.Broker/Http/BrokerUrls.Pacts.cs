namespace ContractTesting.Broker.Http;

/// <summary>Pacts and their verification results.</summary>
internal sealed partial class BrokerUrls
{
    public string Integration(string provider, string consumer) => $"{Base}/pacts/provider/{E(provider)}/consumer/{E(consumer)}";

    public string Pact(string provider, string consumer, string consumerVersion) => $"{Integration(provider, consumer)}/version/{E(consumerVersion)}";

    public string PactVersion(string provider, string consumer, string sha) => $"{Integration(provider, consumer)}/pact-version/{sha}";

    /// <summary>The permalink of pact content, with the opaque metadata segment when there is one.</summary>
    public string PactVersion(string provider, string consumer, string sha, string? metadata) =>
        metadata is null ? PactVersion(provider, consumer, sha) : $"{PactVersion(provider, consumer, sha)}/metadata/{metadata}";

    public string LatestPact(string provider, string consumer) => $"{Integration(provider, consumer)}/latest";

    public string LatestPact(string provider, string consumer, string tag) => $"{LatestPact(provider, consumer)}/{E(tag)}";

    public string PactVersions(string provider, string consumer) => $"{Integration(provider, consumer)}/versions";

    public string LatestPacts => $"{Base}/pacts/latest";

    public string ProviderPacts(string provider) => $"{Base}/pacts/provider/{E(provider)}";

    public string LatestProviderPacts(string provider) => $"{ProviderPacts(provider)}/latest";

    public string VerificationResults(string provider, string consumer, string sha, string? metadata) =>
        $"{PactVersion(provider, consumer, sha, metadata)}/verification-results";

    public string VerificationResult(string provider, string consumer, string sha, int number) =>
        $"{VerificationResults(provider, consumer, sha, null)}/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public string LatestVerificationResults(string provider, string consumer, string sha) =>
        $"{PactVersion(provider, consumer, sha)}/verification-results/latest";

    public string MatrixForConsumerVersion(string consumer, string number) =>
        $"{Base}/matrix?q[][pacticipant]={E(consumer)}&q[][version]={E(number)}&latestby=cvpv";
}
