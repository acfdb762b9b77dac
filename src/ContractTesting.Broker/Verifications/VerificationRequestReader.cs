using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Verifications;

/// <summary>
/// Checks a verification result body with the Pact Broker's rules: <c>success</c> is a boolean, the provider version
/// a non-blank single line, <c>buildUrl</c> an absolute URL, <c>verifiedBy</c> an object.
/// </summary>
internal static class VerificationRequestReader
{
    /// <exception cref="BrokerProblem">400 with every problem by field.</exception>
    public static VerificationRequest Read(JsonObject json)
    {
        var errors = new ValidationErrors();
        var reader = JsonFieldReader.ForFields(json, errors);
        bool? success = null;
        if (json["success"] is null)
        {
            errors.Add("success", "is missing");
        }
        else
        {
            success = reader.OptionalBoolean("success");
        }

        var version = reader.RequiredString("providerApplicationVersion", singleLine: true);
        var buildUrl = reader.OptionalString("buildUrl", singleLine: true);
        if (!string.IsNullOrWhiteSpace(buildUrl) && !Uri.TryCreate(buildUrl, UriKind.Absolute, out _))
        {
            errors.Add("buildUrl", $"Invalid URL '{buildUrl}'. Expected format: http://example.org");
        }

        var verifiedBy = json["verifiedBy"];
        if (verifiedBy is not null and not JsonObject)
        {
            errors.Add("verifiedBy", "must be an object");
        }

        errors.ThrowIfAny();
        return new VerificationRequest(success!.Value, version!, string.IsNullOrWhiteSpace(buildUrl) ? null : buildUrl, json["testResults"], verifiedBy as JsonObject);
    }
}
