using ContractTesting.Generation;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Models;

/// <summary>A message: its contents, metadata (such as <c>contentType</c> or a topic), matching rules and generators.</summary>
public sealed record MessageContents
{
    /// <summary>The contents. <see cref="Body.Missing"/> by default.</summary>
    public Body Contents { get; init; } = Body.Missing;

    /// <summary>Metadata values by key. Empty by default.</summary>
    public IReadOnlyDictionary<string, JToken> Metadata { get; init; } = new Dictionary<string, JToken>();

    /// <summary>
    /// Matching rules: the contents' rules are in category <c>content</c> (V4) or <c>body</c> (V3); metadata rules in <c>metadata</c>.
    /// </summary>
    public MatchingRules MatchingRules { get; init; } = MatchingRules.Empty;

    /// <summary>Generators (categories <c>content</c>/<c>body</c> and <c>metadata</c>).</summary>
    public Generators Generators { get; init; } = Generators.Empty;

    /// <summary>
    /// The contents' content type: the one the contents declare, else the <c>contentType</c> (or <c>content-type</c>)
    /// metadata, else detected from the content.
    /// </summary>
    public ContentType? ContentType => ContentTypes.Resolve(Contents, MetadataContentType);

    /// <summary>The rules for the contents: category <c>content</c>, or <c>body</c> when the pact uses the V3 name.</summary>
    internal MatchingRuleCategory ContentRules
    {
        get
        {
            var content = MatchingRules.Category(Rules.MatchingRules.Content);
            return content.IsEmpty ? MatchingRules.Category(Rules.MatchingRules.Body) : content;
        }
    }

    private string? MetadataContentType => ContentTypeIn(Metadata);

    /// <summary>The <c>contentType</c> (or <c>content-type</c>) value of message metadata, or <see langword="null"/>.</summary>
    internal static string? ContentTypeIn(IReadOnlyDictionary<string, JToken> metadata) =>
        metadata.FirstOrDefault(m => m.Key.Equals("contentType", StringComparison.OrdinalIgnoreCase) ||
            m.Key.Equals("content-type", StringComparison.OrdinalIgnoreCase)).Value is { Type: JTokenType.String } value
            ? value.Value<string>()
            : null;

    /// <summary>Whether both have equal contents, metadata, rules and generators.</summary>
    public bool Equals(MessageContents? other) =>
        other is not null && Contents.Equals(other.Contents) && Equality.JsonMaps(Metadata, other.Metadata) &&
        MatchingRules.Equals(other.MatchingRules) && Generators.Equals(other.Generators);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Contents, Equality.KeysHash(Metadata));
}
