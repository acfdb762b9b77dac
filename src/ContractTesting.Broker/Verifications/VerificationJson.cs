using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.Broker.Pacts;

namespace ContractTesting.Broker.Verifications;

/// <summary>A verification result as the Pact Broker renders it (its <c>VerificationDecorator</c>).</summary>
internal static class VerificationJson
{
    /// <param name="verification">The result.</param>
    /// <param name="pact">The publication the result is shown for (its consumer version names the pact).</param>
    /// <param name="urls">The request's URLs.</param>
    public static JsonObject Render(VerificationRow verification, PactRow pact, BrokerUrls urls)
    {
        var json = new JsonObject
        {
            ["providerName"] = verification.ProviderName,
            ["providerApplicationVersion"] = verification.ProviderVersionNumber,
            ["success"] = verification.Success,
            ["verificationDate"] = Timestamps.Format(verification.ExecutionDate),
        };
        if (verification.BuildUrl is not null)
        {
            json["buildUrl"] = verification.BuildUrl;
        }

        if (verification.TestResults is not null)
        {
            json["testResults"] = JsonNode.Parse(verification.TestResults);
        }

        var verifiedBy = new JsonObject();
        AddIfSet(verifiedBy, "implementation", verification.VerifiedByImplementation);
        AddIfSet(verifiedBy, "version", verification.VerifiedByVersion);
        if (verification.VerifiedByClientLanguage is not null)
        {
            verifiedBy["clientLanguage"] = JsonNode.Parse(verification.VerifiedByClientLanguage);
        }

        json["verifiedBy"] = verifiedBy;
        var self = urls.VerificationResult(verification.ProviderName, verification.ConsumerName, verification.Sha, verification.Number);
        var metadata = new PactMetadata([], null, false, pact.ConsumerVersionNumber).Encode();
        json["_links"] = new JsonObject
        {
            ["self"] = Hal.Link(self, "Verification result", $"Verification result {verification.Number} for {pact.Title}"),
            ["pb:pact-version"] = Hal.Link(urls.PactVersion(pact.ProviderName, pact.ConsumerName, pact.Sha, metadata), "Pact", pact.Title),
            ["pb:triggered-webhooks"] = Hal.Link($"{self}/triggered-webhooks", "Webhooks triggered by the publication of this verification result"),
        };
        return json;
    }

    private static void AddIfSet(JsonObject json, string key, string? value)
    {
        if (value is not null)
        {
            json[key] = value;
        }
    }
}
