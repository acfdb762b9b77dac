using System.Xml.Linq;
using ContractTesting.Generation;
using ContractTesting.Models;
using ContractTesting.Rules;
using Newtonsoft.Json;

namespace ContractTesting.Consumer;

/// <summary>Turns a message of the pact into what a consumer's handler receives.</summary>
internal static class MessageReader
{
    /// <summary>The example message as the provider would send it: consumer-mode generators applied, no rules left.</summary>
    /// <exception cref="GenerationException">A generator could not produce a value.</exception>
    public static MessageContents Reify(MessageContents message) =>
        InteractionGenerator.Generate(message, new GeneratorContext { Mode = GeneratorMode.Consumer }) with
        {
            MatchingRules = MatchingRules.Empty,
            Generators = Generation.Generators.Empty,
        };

    /// <summary>The message as <typeparamref name="T"/>: the whole message, its text, bytes, XML root, or its JSON deserialised.</summary>
    /// <exception cref="InvalidOperationException">The message cannot be read as <typeparamref name="T"/>; the message says why.</exception>
    public static T Read<T>(MessageContents message, JsonSerializer serializer, string description)
    {
        if (typeof(T) == typeof(MessageContents))
        {
            return (T)(object)message;
        }

        var contents = message.Contents;
        if (!contents.IsPresent && typeof(T) != typeof(string) && typeof(T) != typeof(byte[]))
        {
            throw new InvalidOperationException(
                $"The message '{description}' has no contents ({contents}), so it cannot be read as {typeof(T).Name}; take MessageContents instead.");
        }

        try
        {
            object? value = typeof(T) switch
            {
                var t when t == typeof(string) => contents.AsText(),
                var t when t == typeof(byte[]) => contents.Content.ToArray(),
                var t when t == typeof(ReadOnlyMemory<byte>) => contents.Content,
                var t when t == typeof(XElement) => XDocument.Parse(contents.AsText()).Root,
                var t when t == typeof(XDocument) => XDocument.Parse(contents.AsText()),
                _ => FromJson<T>(message, serializer, description),
            };
            return (T)value!;
        }
        catch (Exception e) when (e is JsonException or System.Xml.XmlException or ArgumentException or FormatException or InvalidCastException)
        {
            throw new InvalidOperationException($"The message '{description}' ({message.ContentType?.MediaType ?? "no content type"}) cannot be read as {typeof(T).Name}: {e.Message}", e);
        }
    }

    private static T? FromJson<T>(MessageContents message, JsonSerializer serializer, string description)
    {
        if (message.ContentType is { IsJson: false } type)
        {
            throw new InvalidOperationException(
                $"The message '{description}' has {type.MediaType} contents, which cannot be deserialised as {typeof(T).Name}; take string, byte[], XElement or MessageContents instead.");
        }

        return message.Contents.ParseJson().ToObject<T>(serializer);
    }
}
