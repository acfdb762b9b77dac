using System.Xml.Linq;
using ContractTesting.Models;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Verification;

/// <summary>
/// A message a provider's factory produces for verification: contents with their content type, and metadata. Immutable;
/// <see cref="WithMetadata"/> returns a copy. A factory may also return a <see cref="MessageContents"/>, or any other
/// object, which becomes JSON contents.
/// <code>
/// ProviderMessage.FromBytes(outbox.Payload, "application/json").WithMetadata("type", outbox.Type)
/// </code>
/// </summary>
public sealed class ProviderMessage
{
    private readonly Func<JsonSerializer, Body> _contents;
    private readonly IReadOnlyList<KeyValuePair<string, object?>> _metadata;

    private ProviderMessage(Func<JsonSerializer, Body> contents, IReadOnlyList<KeyValuePair<string, object?>> metadata)
    {
        _contents = contents;
        _metadata = metadata;
    }

    /// <summary>A message with no contents (metadata only).</summary>
    public static ProviderMessage Empty { get; } = new(_ => Body.Missing, []);

    /// <summary>JSON contents, serialised when the interaction is replayed with the verifier's JSON settings (camelCase by default).</summary>
    public static ProviderMessage Json(object? content, string contentType = "application/json")
    {
        var type = ContentType.Parse(contentType);
        return new(serializer => Body.FromJson(content is null ? JValue.CreateNull() : JToken.FromObject(content, serializer), type), []);
    }

    /// <summary>Text contents, encoded as UTF-8.</summary>
    public static ProviderMessage Text(string content, string contentType = "text/plain")
    {
        ArgumentNullException.ThrowIfNull(content);
        var body = Body.FromText(content, ContentType.Parse(contentType));
        return new(_ => body, []);
    }

    /// <summary>XML contents, with a UTF-8 declaration.</summary>
    public static ProviderMessage Xml(XElement root, string contentType = "application/xml")
    {
        ArgumentNullException.ThrowIfNull(root);
        return Text(new XDocument(new XDeclaration("1.0", "UTF-8", null), root).Declaration + root.ToString(SaveOptions.DisableFormatting), contentType);
    }

    /// <summary>Contents as bytes, exactly as the provider publishes them (for example a serialised event from an outbox).</summary>
    public static ProviderMessage FromBytes(ReadOnlySpan<byte> content, string contentType)
    {
        var body = Body.FromBytes(content, ContentType.Parse(contentType));
        return new(_ => body, []);
    }

    /// <summary>A copy with a metadata value (a string, number, boolean, object or list), replacing one with the same key.</summary>
    public ProviderMessage WithMetadata(string key, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        return new(_contents, [.. _metadata.Where(m => m.Key != key), new(key, value)]);
    }

    /// <summary>The message in the pact model.</summary>
    internal MessageContents ToContents(JsonSerializer serializer) => new()
    {
        Contents = _contents(serializer),
        Metadata = _metadata.ToDictionary(m => m.Key, m => m.Value is null ? JValue.CreateNull() : JToken.FromObject(m.Value, serializer), StringComparer.Ordinal),
    };
}
