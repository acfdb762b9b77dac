using Newtonsoft.Json.Linq;

namespace ContractTesting.BrokerClient;

/// <summary>The broker's answer to a can-i-deploy question (<c>GET /matrix</c>).</summary>
public sealed record CanIDeployAnswer
{
    /// <summary>
    /// The verdict (<c>summary.deployable</c>): true (every required verification is published and passed), false (one
    /// failed, or a version does not exist) or null (unknown: a verification is missing).
    /// </summary>
    public bool? Deployable { get; init; }

    /// <summary>Why (<c>summary.reason</c>, the reasons joined with new lines); empty when the broker gave none.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>The broker's notices (<c>notices</c>): each reason and warning with its type.</summary>
    public IReadOnlyList<BrokerMessage> Notices { get; init; } = [];

    /// <summary>The rows considered (<c>matrix</c>), ignored ones included.</summary>
    public IReadOnlyList<MatrixRow> Rows { get; init; } = [];

    /// <summary>How many attempts were made (more than one with <see cref="CanIDeployQuery.RetryWhileUnknown"/>).</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>The answer's JSON as the broker sent it, for <c>--output json</c>.</summary>
    public JObject Json { get; init; } = [];

    internal static CanIDeployAnswer Read(JObject json, int attempts)
    {
        var summary = json["summary"] as JObject;
        return new CanIDeployAnswer
        {
            Deployable = HalValues.Flag(summary?["deployable"]),
            Reason = HalValues.Text(summary?["reason"]) ?? string.Empty,
            Notices = BrokerMessage.ReadAll(json["notices"]),
            Rows = [.. (json["matrix"] as JArray ?? []).OfType<JObject>().Select(Row)],
            Attempts = attempts,
            Json = json,
        };
    }

    private static MatrixRow Row(JObject row)
    {
        var verification = row["verificationResult"] as JObject;
        var href = HalValues.Text(verification?["_links"]?["self"]?["href"]);
        return new MatrixRow
        {
            Consumer = HalValues.Text(row["consumer"]?["name"]) ?? "?",
            ConsumerVersion = HalValues.Text(row["consumer"]?["version"]?["number"]) ?? "?",
            Provider = HalValues.Text(row["provider"]?["name"]) ?? "?",
            ProviderVersion = HalValues.Text((row["provider"]?["version"] as JObject)?["number"]),
            Success = HalValues.Flag(verification?["success"]),
            VerificationUrl = href is not null && Uri.TryCreate(href, UriKind.Absolute, out var url) ? url : null,
            VerificationType = HalValues.Text(row["verificationType"]),
            Ignored = HalValues.Flag(row["ignored"]) ?? false,
        };
    }
}
