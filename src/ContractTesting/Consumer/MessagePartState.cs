using ContractTesting.Models;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Consumer;

/// <summary>The metadata and contents of a message being described, with their rules and generators.</summary>
internal sealed class MessagePartState(MatcherExpander expander)
{
    private readonly Dictionary<string, JToken> _metadata = new(StringComparer.Ordinal);
    private readonly RuleCollector _metadataRules = new();

    public ContentState Content { get; } = new(expander);

    public void AddMetadata(string key, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        var path = DocPath.Root.JoinField(key);
        var rules = new RuleCollector();
        var example = Content.Expander.Expand(value, path, rules);
        var nested = rules.ToCategory(MatchingRules.Metadata).Rules.Select(r => r.Key).Where(p => !p.Equals(path)).ToList();
        if (nested.Count > 0 || rules.Generators.Any(g => !g.Key.Equals(path)))
        {
            throw new ArgumentException(
                $"The metadata value '{key}' has matchers inside it ({string.Join(", ", nested)}); message metadata is matched value by value, so give the whole value one matcher.",
                nameof(value));
        }

        _metadataRules.Remove(path);
        foreach (var (at, list) in rules.ToCategory(MatchingRules.Metadata).Rules)
        {
            _metadataRules.Add(at, list.Rules, null);
        }

        foreach (var (at, generator) in rules.Generators)
        {
            _metadataRules.Add(at, [], generator);
        }

        _metadata[key] = example;
    }

    public void AddMetadata(string key, Matcher value)
    {
        ArgumentNullException.ThrowIfNull(value);
        AddMetadata(key, (object)value);
    }

    /// <summary>The message; content rules and generators go to category <c>content</c> in V4 and <c>body</c> before.</summary>
    public MessageContents Build(PactSpecification specification)
    {
        var content = specification == PactSpecification.V4 ? MatchingRules.Content : MatchingRules.Body;
        return new MessageContents
        {
            Contents = Content.Body,
            Metadata = _metadata.ToDictionary(m => m.Key, m => m.Value.DeepClone(), StringComparer.Ordinal),
            MatchingRules = new MatchingRules([Content.Rules.ToCategory(content), _metadataRules.ToCategory(MatchingRules.Metadata)]),
            Generators = new Generation.Generators([new(content, Content.Rules.Generators), new(MatchingRules.Metadata, _metadataRules.Generators)]),
        };
    }
}
