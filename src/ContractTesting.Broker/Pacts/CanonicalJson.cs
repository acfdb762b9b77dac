using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// JSON in one fixed form for hashing: object keys sorted (ordinal), no whitespace, numbers as written. Two documents
/// that differ only in key order or layout have the same canonical text.
/// </summary>
internal static class CanonicalJson
{
    public static string Write(JsonNode? node)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonResponse.WriterOptions))
        {
            WriteSorted(writer, node);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The SHA-1 of the text, as 40 lower-case hex digits (the Pact Broker's pact version SHA).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do not use weak cryptographic algorithms",
        Justification = "Not for security: the Pact Broker identifies pact content by its SHA-1, and clients see these ids in URLs.")]
    public static string Sha1(string text) => Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(text)));

    private static void WriteSorted(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case null:
                writer.WriteNullValue();
                break;
            case JsonObject json:
                writer.WriteStartObject();
                foreach (var (key, value) in json.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    WriteSorted(writer, value);
                }

                writer.WriteEndObject();
                break;
            case JsonArray array:
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteSorted(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                node.WriteTo(writer);
                break;
        }
    }
}
