using System.Globalization;
using System.Text;
using ContractTesting.Matching;
using ContractTesting.Models;
using Newtonsoft.Json;

namespace ContractTesting.Verification.Reports;

/// <summary>
/// Writes a verification as JSON (see <see cref="VerificationReportFormat.Json"/>). The shape is documented in
/// docs/verification-reports.md; a change to it that is not an addition raises <see cref="SchemaVersion"/>.
/// </summary>
internal static class JsonReport
{
    public const int SchemaVersion = 1;

    public static string Render(VerificationResult result)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text, CultureInfo.InvariantCulture) { NewLine = "\n" })
        using (var json = new JsonTextWriter(writer) { Formatting = Formatting.Indented, Indentation = 2 })
        {
            Write(json, result);
        }

        return text.Append('\n').ToString();
    }

    private static void Write(JsonTextWriter json, VerificationResult result)
    {
        json.WriteStartObject();
        Property(json, "schemaVersion", SchemaVersion);
        Property(json, "provider", result.Provider);
        Property(json, "passed", result.Passed);
        WriteCounts(json, ReportCounts.Of(result));
        Strings(json, "errors", result.Errors);
        Strings(json, "warnings", result.Warnings);
        json.WritePropertyName("pacts");
        json.WriteStartArray();
        foreach (var pact in result.Pacts)
        {
            WritePact(json, pact);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePact(JsonTextWriter json, PactVerificationResult pact)
    {
        json.WriteStartObject();
        Property(json, "consumer", pact.Source.Pact.Consumer.Name);
        Property(json, "provider", pact.Source.Pact.Provider.Name);
        Property(json, "origin", pact.Source.Origin);
        Property(json, "specification", pact.Source.Pact.Specification.ToVersionString());
        Property(json, "pending", pact.Source.Pending);
        Property(json, "workInProgress", pact.Source.WorkInProgress);
        Strings(json, "notices", pact.Source.Notices);
        Property(json, "passed", pact.Passed);
        WriteCounts(json, ReportCounts.Of(pact));
        json.WritePropertyName("interactions");
        json.WriteStartArray();
        foreach (var interaction in pact.Interactions)
        {
            WriteInteraction(json, interaction);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteInteraction(JsonTextWriter json, InteractionResult result)
    {
        json.WriteStartObject();
        Property(json, "description", result.Description);
        Property(json, "type", result.Interaction.Type);
        json.WritePropertyName("providerStates");
        json.WriteStartArray();
        foreach (var state in result.Interaction.ProviderStates)
        {
            json.WriteStartObject();
            Property(json, "name", state.Name);
            json.WritePropertyName("params");
            json.WriteStartObject();
            foreach (var (name, value) in state.Parameters)
            {
                json.WritePropertyName(name);
                value.WriteTo(json);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Property(json, "key", result.Interaction.Key);
        Property(json, "interactionId", result.InteractionId);
        Property(json, "status", result.Status == InteractionStatus.Passed ? "passed" : "failed");
        Property(json, "pending", result.Pending);
        Property(json, "failsVerification", result.FailsVerification);
        Property(json, "durationSeconds", Math.Round(result.Duration.TotalSeconds, 6));
        json.WritePropertyName("mismatches");
        json.WriteStartArray();
        foreach (var mismatch in result.Mismatches)
        {
            json.WriteStartObject();
            Property(json, "part", PartName(mismatch.Part));
            Property(json, "location", mismatch.Location);
            Property(json, "expected", mismatch.Expected);
            Property(json, "actual", mismatch.Actual);
            Property(json, "message", mismatch.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "errors", result.Errors);
        Strings(json, "warnings", result.Warnings);
        json.WriteEndObject();
    }

    private static void WriteCounts(JsonTextWriter json, ReportCounts counts)
    {
        json.WritePropertyName("counts");
        json.WriteStartObject();
        Property(json, "interactions", counts.Interactions);
        Property(json, "passed", counts.Passed);
        Property(json, "failed", counts.Failed);
        Property(json, "pendingFailed", counts.PendingFailed);
        Property(json, "filteredOut", counts.FilteredOut);
        json.WriteEndObject();
        Property(json, "durationSeconds", Math.Round(counts.Seconds, 6));
    }

    /// <summary>The part's name in reports: <c>method</c>, <c>path</c>, <c>query</c>, <c>header</c>, <c>body</c>, <c>bodyContentType</c>, <c>status</c>, <c>metadata</c>.</summary>
    public static string PartName(MismatchPart part)
    {
        var name = part.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static void Property(JsonTextWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Property(JsonTextWriter json, string name, bool value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Property(JsonTextWriter json, string name, int value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Property(JsonTextWriter json, string name, double value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Strings(JsonTextWriter json, string name, IEnumerable<string> values)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteValue(value);
        }

        json.WriteEndArray();
    }
}
