using ContractTesting.Generation;
using ContractTesting.Rules;

namespace ContractTesting.Consumer;

/// <summary>Gathers the rules and generators of one category while an interaction is described; rules at one path combine with AND.</summary>
internal sealed class RuleCollector
{
    private readonly List<KeyValuePair<DocPath, List<MatchingRule>>> _rules = [];
    private readonly List<KeyValuePair<DocPath, Generator>> _generators = [];

    public void Add(DocPath path, IEnumerable<MatchingRule> rules, Generator? generator)
    {
        var list = rules.ToList();
        if (list.Count > 0)
        {
            var at = _rules.FindIndex(r => r.Key.Equals(path));
            if (at >= 0)
            {
                _rules[at].Value.AddRange(list);
            }
            else
            {
                _rules.Add(new(path, list));
            }
        }

        if (generator is not null)
        {
            _generators.RemoveAll(g => g.Key.Equals(path));
            _generators.Add(new(path, generator));
        }
    }

    public void Add(DocPath path, Matcher matcher) => Add(path, matcher.Rules, matcher.Generator);

    public MatchingRuleCategory ToCategory(string name) =>
        new(name, _rules.Select(r => new KeyValuePair<DocPath, RuleList>(r.Key, new RuleList([.. r.Value]))));

    public IReadOnlyList<KeyValuePair<DocPath, Generator>> Generators => _generators;

    /// <summary>Removes the rules and generator at a path.</summary>
    public void Remove(DocPath path)
    {
        _rules.RemoveAll(r => r.Key.Equals(path));
        _generators.RemoveAll(g => g.Key.Equals(path));
    }

    public void Clear()
    {
        _rules.Clear();
        _generators.Clear();
    }
}
