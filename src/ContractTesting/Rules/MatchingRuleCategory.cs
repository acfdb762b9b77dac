namespace ContractTesting.Rules;

/// <summary>
/// The matching rules of one part of an interaction (<c>body</c>, <c>header</c>, <c>query</c>, <c>path</c>,
/// <c>status</c>, <c>metadata</c>, <c>content</c>), keyed by path. Immutable.
/// </summary>
public sealed class MatchingRuleCategory : IEquatable<MatchingRuleCategory>
{
    /// <summary>Creates a category.</summary>
    /// <param name="name">The category's name as written in the pact file.</param>
    /// <param name="rules">The rules by path, in order.</param>
    public MatchingRuleCategory(string name, IEnumerable<KeyValuePair<DocPath, RuleList>> rules)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(rules);
        Name = name;
        Rules = [.. rules];
    }

    /// <summary>The category's name.</summary>
    public string Name { get; }

    /// <summary>The rules by path, in the order they were defined.</summary>
    public IReadOnlyList<KeyValuePair<DocPath, RuleList>> Rules { get; }

    /// <summary>Whether the category has no rules.</summary>
    public bool IsEmpty => Rules.Count == 0;

    /// <summary>Whether rules on a parent path cascade to the paths below it (bodies, contents and metadata).</summary>
    private bool IsTree => Name is MatchingRules.Body or MatchingRules.Content or MatchingRules.Metadata;

    /// <summary>An empty category with the given name.</summary>
    public static MatchingRuleCategory Empty(string name) => new(name, []);

    /// <summary>Returns a copy with the rules at <paramref name="path"/> replaced (or added).</summary>
    public MatchingRuleCategory With(DocPath path, RuleList rules) =>
        new(Name, Rules.Where(r => !r.Key.Equals(path)).Append(new(path, rules)));

    /// <summary>Whether any rule applies to the path or to one of its ancestors.</summary>
    internal bool IsDefinedFor(DocPath path)
    {
        foreach (var (rulePath, _) in Rules)
        {
            if (rulePath.Matches(path))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The rules that best apply to the path: the entry whose path weighs most (weight times length), and whether it
    /// was inherited from an ancestor (cascaded). Returns an empty list when no rule applies.
    /// </summary>
    internal SelectedRules Select(DocPath path)
    {
        KeyValuePair<DocPath, RuleList>? best = null;
        var bestScore = 0;
        foreach (var entry in Rules)
        {
            var weight = entry.Key.Weight(path);
            if (weight == 0)
            {
                continue;
            }

            var score = weight * Math.Max(entry.Key.Length, 1);
            if (score > bestScore || (score == bestScore && best is not null && entry.Key.Length > best.Value.Key.Length))
            {
                best = entry;
                bestScore = score;
            }
        }

        return best is { } found
            ? new SelectedRules(found.Value, IsTree && found.Key.Length != path.Length)
            : new SelectedRules(new RuleList([]), false);
    }

    /// <summary>Whether any rule that applies to the path is a type rule.</summary>
    internal bool TypeRuleDefinedFor(DocPath path) => Rules.Any(r => r.Key.Matches(path) && r.Value.HasTypeRule);

    /// <summary>
    /// The rules defined for exactly this path (not inherited), or <see langword="null"/>. When several rule paths
    /// match at this depth, the most specific one wins (<c>$.a</c> over <c>$.*</c>), then the first defined.
    /// </summary>
    internal RuleList? ExactlyAt(DocPath path) =>
        Rules.Where(r => r.Key.MatchesExactly(path)).OrderByDescending(r => r.Key.Weight(path)).FirstOrDefault().Value;

    /// <summary>A copy whose paths have their <c>[*]</c> steps removed (for XML, where paths carry no indices).</summary>
    internal MatchingRuleCategory WithoutIndexWildcards() =>
        new(Name, Rules.Select(r => new KeyValuePair<DocPath, RuleList>(
            r.Key.Tokens.Any(t => t.Kind == PathTokenKind.StarIndex) ? DocPath.FromTokens(r.Key.Tokens.Where(t => t.Kind != PathTokenKind.StarIndex)) : r.Key,
            r.Value)));

    /// <summary>A copy whose paths have lower-case field names, for case-insensitive header names.</summary>
    internal MatchingRuleCategory WithLowerCaseNames() =>
        new(Name, Rules.Select(r => new KeyValuePair<DocPath, RuleList>(r.Key.ToLowerInvariant(), r.Value)));

    /// <summary>Whether both categories have the same name and equal rules at the same paths, in the same order.</summary>
    public bool Equals(MatchingRuleCategory? other) => other is not null && Name == other.Name && Models.Equality.Lists(Rules, other.Rules);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MatchingRuleCategory);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Rules.Count);
}
