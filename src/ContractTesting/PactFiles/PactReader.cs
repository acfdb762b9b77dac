using ContractTesting.Json;
using ContractTesting.Models;
using Newtonsoft.Json.Linq;

namespace ContractTesting.PactFiles;

/// <summary>Reads pact JSON of any specification version into the <see cref="Pact"/> model.</summary>
internal static partial class PactReader
{
    /// <summary>Parses pact JSON. Errors name the JSON path and the problem (the caller adds the file).</summary>
    /// <exception cref="PactFormatException">The text is not a valid pact.</exception>
    public static Pact Parse(string text)
    {
        JToken root;
        try
        {
            root = PactJson.Parse(text.TrimStart('\uFEFF'));
        }
        catch (JsonParseException e)
        {
            throw new PactFormatException(e.Path, $"the file is not valid JSON: {e.Problem}", innerException: e);
        }

        return Read(JsonRead.Object(root));
    }

    /// <summary>Reads a pact from its JSON object.</summary>
    public static Pact Read(JObject json)
    {
        var metadata = JsonRead.Optional(json, "metadata") is { } m ? JsonRead.Object(m) : [];
        var specification = SpecificationOf(json, metadata);
        var interactions = new List<Interaction>();
        if (JsonRead.Optional(json, "interactions") is { } httpInteractions)
        {
            interactions.AddRange(JsonRead.Array(httpInteractions).Select(i => ReadInteraction(i, specification)));
        }

        if (JsonRead.Optional(json, "messages") is { } messages)
        {
            interactions.AddRange(JsonRead.Array(messages).Select(i => ReadMessage(JsonRead.Object(i), PactSpecification.V3)));
        }

        return new Pact
        {
            Consumer = Pacticipant(json, "consumer"),
            Provider = Pacticipant(json, "provider"),
            Specification = specification,
            Interactions = interactions,
            Metadata = metadata.Properties()
                .Where(p => p.Name is not ("pactSpecification" or "pact-specification" or "pactSpecificationVersion"))
                .ToDictionary(p => p.Name, p => p.Value.DeepClone()),
        };
    }

    private static Models.Pacticipant Pacticipant(JObject json, string role)
    {
        var participant = JsonRead.Object(JsonRead.Required(json, role));
        var name = JsonRead.String(JsonRead.Required(participant, "name"));
        return name.Trim().Length == 0 ? throw JsonRead.Error(participant["name"]!, $"the {role} name is empty") : new Models.Pacticipant(name);
    }

    /// <summary>
    /// The version from <c>metadata.pactSpecification.version</c> (or its older spellings). Without one: V4 when
    /// interactions carry a <c>type</c>, V3 for message pacts or V3-style fields, V2 otherwise.
    /// </summary>
    private static PactSpecification SpecificationOf(JObject json, JObject metadata)
    {
        var declared = (JsonRead.Optional(metadata, "pactSpecification") ?? JsonRead.Optional(metadata, "pact-specification")) is JObject spec
            ? JsonRead.Optional(spec, "version")
            : JsonRead.Optional(metadata, "pactSpecificationVersion");
        if (declared is not null)
        {
            var text = JsonRead.Text(declared);
            return PactSpecificationExtensions.TryParse(text, out var version)
                ? version
                : throw JsonRead.Error(declared, $"'{text}' is not a known Pact specification version (1.0.0, 1.1.0, 2.0.0, 3.0.0 or 4.0)");
        }

        var interactions = JsonRead.Optional(json, "interactions") as JArray ?? [];
        if (interactions.OfType<JObject>().Any(i => i.ContainsKey("type")))
        {
            return PactSpecification.V4;
        }

        var v3Style = json.ContainsKey("messages") || interactions.OfType<JObject>().Any(i =>
            i.ContainsKey("providerStates") || i.SelectTokens("$..generators").Any() ||
            i.SelectTokens("$..matchingRules").OfType<JObject>().Any(r => r.Properties().Any(p => !p.Name.StartsWith('$'))));
        return v3Style ? PactSpecification.V3 : PactSpecification.V2;
    }
}
