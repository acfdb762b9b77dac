using ContractTesting.Consumer;
using ContractTesting.Generation;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// The parts of one message (metadata, contents, content generators) as a scenario gives them, in any order across
/// steps; <c>ApplyTo</c> replays them through the DSL, which takes them in its own order.
/// </summary>
internal sealed class MessageDefinition
{
    private readonly List<Func<IMessagePartBuilder<object>, object>> _parts = [];

    public void Clear() => _parts.Clear();

    /// <summary>Contents from a table cell (<c>JSON: …</c>, <c>XML: …</c>, <c>file: …</c> or text), kept byte for byte with their content type.</summary>
    public void Contents(World world, string value)
    {
        var (body, type) = Fixtures.BodyFrom(world, value, null);
        var bytes = body.Content.ToArray();
        _parts.Add(type.IsText
            ? part => part.WithTextContent(body.AsText(), type.ToString())
            : part => part.WithBinaryContent(bytes, type.ToString()));
    }

    /// <summary>A fixture file's text as contents of the given type.</summary>
    public void Contents(string text, string contentType) => _parts.Add(part => part.WithTextContent(text, contentType));

    public void Metadata(string key, JToken value) => _parts.Add(part => part.WithMetadata(key, value));

    /// <summary>
    /// The "configured with the following" table: contents, metadata and generators. The DSL attaches a generator
    /// through a matcher, so each generated value gets a type matcher too (the scenarios check the values, not the rules).
    /// </summary>
    public void Configure(World world, Dictionary<string, string> row)
    {
        Clear();
        var generators = row.TryGetValue("generators", out var fragment)
            ? Fixtures.RulesAndGenerators(null, Fixtures.Fragment(world, fragment), forResponse: false).Generators
            : Generators.Empty;
        if (row.TryGetValue("body", out var body))
        {
            Contents(world, body);
        }

        var metadataGenerators = generators.Category(MatchingRules.Metadata).ToDictionary(g => g.Key.FirstField!, g => g.Value);
        var metadata = row.TryGetValue("metadata", out var json) ? JObject.Parse(json) : [];
        foreach (var (key, generator) in metadataGenerators.Where(g => !metadata.ContainsKey(g.Key)))
        {
            metadata[key] = string.Empty;
        }

        foreach (var property in metadata.Properties())
        {
            var generator = metadataGenerators.GetValueOrDefault(property.Name);
            var value = property.Value;
            _parts.Add(generator is null
                ? part => part.WithMetadata(property.Name, value)
                : part => part.WithMetadata(property.Name, Match.Type(value).WithGenerator(generator)));
        }

        foreach (var (path, generator) in generators.Category(MatchingRules.Body).Concat(generators.Category(MatchingRules.Content)))
        {
            _parts.Add(part => part.WithContentMatcher(path.Expression, Match.Type(null).WithGenerator(generator)));
        }
    }

    /// <summary>Replays the parts on an asynchronous message; returns the stage whose handler verifies it.</summary>
    public IMessageHandlerVerifier ApplyTo(IMessageInteractionBuilder message)
    {
        IMessageHandlerVerifier verifier = message;
        IMessagePartBuilder<object> target = message;
        foreach (var part in _parts)
        {
            var next = part(target);
            verifier = (IMessageHandlerVerifier)next;
            target = (IMessagePartBuilder<object>)next;
        }

        return verifier;
    }

    /// <summary>Replays the parts on one message of a synchronous interaction.</summary>
    public void ApplyTo(IMessageContentsBuilder message)
    {
        foreach (var part in _parts)
        {
            part(message);
        }
    }

    /// <summary>A metadata value from a table cell or a step: <c>JSON: …</c> (with the step's <c>\"</c> escapes undone) or text.</summary>
    public static JToken MetadataValue(string value) =>
        value.StartsWith("JSON:", StringComparison.Ordinal) ? JToken.Parse(value[5..].Trim().Replace("\\\"", "\"", StringComparison.Ordinal)) : value;
}
