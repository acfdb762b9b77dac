using System.Xml.Linq;

namespace ContractTesting.Consumer;

/// <summary>What every message has: metadata and contents, with matchers.</summary>
/// <typeparam name="TNext">The builder the calls return, so they chain.</typeparam>
public interface IMessagePartBuilder<out TNext>
{
    /// <summary>
    /// A metadata value (a string, number, boolean, object or list; it keeps its JSON type), e.g. a topic or an event
    /// type. Calling again with the same key replaces the value.
    /// </summary>
    TNext WithMetadata(string key, object? value);

    /// <summary>A metadata value given by a matcher, e.g. <c>Match.Regex("users", "users|people")</c>.</summary>
    TNext WithMetadata(string key, Matcher value);

    /// <summary>
    /// JSON contents from an object (anonymous objects, records, dictionaries, lists), with matchers anywhere inside.
    /// Property names are camelCase unless the contract's JSON settings say otherwise, as for HTTP bodies.
    /// </summary>
    TNext WithJsonContent(object content, string contentType = "application/json");

    /// <summary>Text contents (UTF-8), e.g. plain text or CSV.</summary>
    TNext WithTextContent(string content, string contentType = "text/plain");

    /// <summary>XML contents; add rules with <see cref="WithContentMatcher"/> (paths like <c>$.user['@id']</c> or <c>$.user.name['#text']</c>).</summary>
    TNext WithXmlContent(XElement root, string contentType = "application/xml");

    /// <summary>Binary contents, e.g. an image or a serialised Avro record.</summary>
    TNext WithBinaryContent(byte[] content, string contentType);

    /// <summary>Applies a matcher's rules (and generator) at a path of the contents, for contents written without matchers inside.</summary>
    TNext WithContentMatcher(string path, Matcher matcher);
}
