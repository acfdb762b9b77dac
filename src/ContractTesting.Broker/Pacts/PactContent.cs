using System.Text;
using System.Text.Json.Nodes;
using ContractTesting.Broker.Http;
using ContractTesting.PactFiles;

namespace ContractTesting.Broker.Pacts;

/// <summary>
/// A pact as published: checked to be a valid pact by the engine's reader, with its content SHA. The SHA covers only
/// what verification results depend on (compatibility document, section 5): the interactions (or messages), each
/// with sorted keys and the list sorted, and the specification version. Layout, key order, interaction order and the
/// rest of the metadata do not change it, so a republished pact keeps its verifications.
/// </summary>
internal sealed class PactContent
{
    private PactContent(JsonObject json)
    {
        Json = json;
        Sha = ComputeSha(json);
    }

    /// <summary>The document (interactions carry the <c>_id</c> the broker gives them).</summary>
    public JsonObject Json { get; }

    public string Sha { get; }

    public string? ConsumerName => (Json["consumer"] as JsonObject)?["name"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public string? ProviderName => (Json["provider"] as JsonObject)?["name"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public int InteractionsCount => (Json["interactions"] as JsonArray)?.Count ?? 0;

    public int MessagesCount => (Json["messages"] as JsonArray)?.Count ?? 0;

    /// <summary>
    /// Reads published pact text. The engine's <see cref="PactFile.Parse"/> decides whether it is a valid pact; its
    /// message (which names the JSON path) becomes the error.
    /// </summary>
    /// <param name="text">The pact JSON.</param>
    /// <param name="error">Receives the problem when the text is not a valid pact.</param>
    public static PactContent? TryParse(string text, out string? error)
    {
        try
        {
            PactFile.Parse(text);
        }
        catch (PactFormatException e)
        {
            error = e.Message;
            return null;
        }

        try
        {
            var json = JsonBody.Parse(Encoding.UTF8.GetBytes(text), "content", "The pact");
            error = null;
            return FromStored(json);
        }
        catch (BrokerProblem e)
        {
            error = e.Message;
            return null;
        }
    }

    /// <summary>Content read back from storage (it was validated when published).</summary>
    public static PactContent FromStoredText(string text) => FromStored(JsonBody.Parse(Encoding.UTF8.GetBytes(text), "content", "The stored pact"));

    /// <summary>Content read back from storage (already validated), or built by merging.</summary>
    public static PactContent FromStored(JsonObject json)
    {
        foreach (var interaction in Interactions(json))
        {
            interaction["_id"] = InteractionId(interaction);
        }

        return new PactContent(json);
    }

    /// <summary>The stored text: compact JSON, as published, with the interaction ids.</summary>
    public string ToStoredText() => Json.ToJsonString(JsonResponse.SerializerOptions);

    /// <summary>The interactions (or messages) as JSON objects.</summary>
    public static IEnumerable<JsonObject> Interactions(JsonObject json) =>
        new[] { json["interactions"], json["messages"] }.OfType<JsonArray>().SelectMany(a => a.OfType<JsonObject>());

    /// <summary>An interaction's content without the broker's <c>_id</c>, in canonical form.</summary>
    public static string CanonicalInteraction(JsonObject interaction)
    {
        var copy = (JsonObject)interaction.DeepClone();
        copy.Remove("_id");
        return CanonicalJson.Write(copy);
    }

    private static string InteractionId(JsonObject interaction) => CanonicalJson.Sha1(CanonicalInteraction(interaction));

    private static string ComputeSha(JsonObject json)
    {
        var verifiable = new JsonObject();
        foreach (var key in new[] { "interactions", "messages" })
        {
            if (json[key] is JsonArray list)
            {
                var sorted = list.Select(item => item is JsonObject o ? CanonicalInteraction(o) : CanonicalJson.Write(item))
                    .Order(StringComparer.Ordinal)
                    .Select(text => JsonNode.Parse(text));
                verifiable[key] = new JsonArray([.. sorted]);
            }
        }

        verifiable["pact_specification_version"] = SpecificationVersion(json);
        return CanonicalJson.Sha1(CanonicalJson.Write(verifiable));
    }

    private static string? SpecificationVersion(JsonObject json)
    {
        if (json["metadata"] is not JsonObject metadata)
        {
            return null;
        }

        foreach (var key in new[] { "pactSpecification", "pact-specification" })
        {
            if (metadata[key] is JsonObject spec && spec["version"] is JsonValue version && version.TryGetValue<string>(out var text))
            {
                return text;
            }
        }

        return metadata["pactSpecificationVersion"] is JsonValue v && v.TryGetValue<string>(out var value) ? value : null;
    }
}
