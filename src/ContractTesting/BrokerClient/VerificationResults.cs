using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>
/// The verification results of one pact as a broker records them (the body of <c>POST pb:publish-verification-results</c>).
/// <c>verifiedBy</c> is filled in by the client: this library's name and version.
/// </summary>
public sealed record VerificationResults
{
    /// <summary>The provider version that was verified (<c>providerApplicationVersion</c>). Required.</summary>
    public required string ProviderApplicationVersion { get; init; }

    /// <summary>Whether the verification passed (<c>success</c>).</summary>
    public required bool Success { get; init; }

    /// <summary>The CI build that ran it (<c>buildUrl</c>), or null.</summary>
    public Uri? BuildUrl { get; init; }

    /// <summary>Each interaction's outcome (<c>testResults</c>). Empty by default.</summary>
    public IReadOnlyList<InteractionTestResult> TestResults { get; init; } = [];

    /// <summary>Checks the results as the broker will.</summary>
    /// <exception cref="ArgumentException">The provider version is blank.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(ProviderApplicationVersion))
        {
            throw new ArgumentException("Verification results need the provider version (providerApplicationVersion).", nameof(ProviderApplicationVersion));
        }

        ArgumentNullException.ThrowIfNull(TestResults, nameof(TestResults));
    }

    /// <summary>The JSON the broker receives.</summary>
    internal JObject ToJson()
    {
        var json = new JObject
        {
            ["providerApplicationVersion"] = ProviderApplicationVersion,
            ["success"] = Success,
        };
        if (BuildUrl is { } buildUrl)
        {
            json["buildUrl"] = buildUrl.ToString();
        }

        json["testResults"] = new JArray(TestResults.Select(r => r.ToJson()));
        json["verifiedBy"] = new JObject { ["implementation"] = ClientVersion.Implementation, ["version"] = ClientVersion.Version };
        return json;
    }
}
