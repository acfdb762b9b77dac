namespace ContractTesting.Rules;

/// <summary>All matching rules of a request, response or message, by category. Immutable.</summary>
public sealed class MatchingRules : IEquatable<MatchingRules>
{
    /// <summary>The category of body rules.</summary>
    public const string Body = "body";

    /// <summary>The category of V4 message content rules.</summary>
    public const string Content = "content";

    /// <summary>The category of header rules.</summary>
    public const string Header = "header";

    /// <summary>The category of query parameter rules.</summary>
    public const string Query = "query";

    /// <summary>The category of request path rules.</summary>
    public const string Path = "path";

    /// <summary>The category of request method rules.</summary>
    public const string Method = "method";

    /// <summary>The category of response status rules.</summary>
    public const string Status = "status";

    /// <summary>The category of message metadata rules.</summary>
    public const string Metadata = "metadata";

    private readonly Dictionary<string, MatchingRuleCategory> _categories;

    /// <summary>Creates rules from categories; categories with the same (normalised) name are merged, rules in order.</summary>
    public MatchingRules(IEnumerable<MatchingRuleCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        _categories = new Dictionary<string, MatchingRuleCategory>(StringComparer.Ordinal);
        foreach (var category in categories)
        {
            var name = NormaliseCategory(category.Name);
            _categories[name] = _categories.TryGetValue(name, out var existing)
                ? new MatchingRuleCategory(name, [.. existing.Rules, .. category.Rules])
                : category.Name == name ? category : new MatchingRuleCategory(name, category.Rules);
        }
    }

    /// <summary>No rules.</summary>
    public static MatchingRules Empty { get; } = new([]);

    /// <summary>The categories, in the order they were given.</summary>
    public IReadOnlyCollection<MatchingRuleCategory> Categories => _categories.Values;

    /// <summary>Whether there are no rules in any category.</summary>
    public bool IsEmpty => _categories.Values.All(c => c.IsEmpty);

    /// <summary>The rules of a category (empty when the category is absent). "headers" is read as "header".</summary>
    public MatchingRuleCategory Category(string name)
    {
        var normalised = NormaliseCategory(name);
        return _categories.TryGetValue(normalised, out var category) ? category : MatchingRuleCategory.Empty(normalised);
    }

    /// <summary>Returns a copy with a rule list set at a path of a category.</summary>
    public MatchingRules With(string category, DocPath path, RuleList rules)
    {
        var name = NormaliseCategory(category);
        var updated = Category(name).With(path, rules);
        return new MatchingRules(_categories.Values.Where(c => c.Name != name).Append(updated));
    }

    /// <summary>Returns a copy with a category replaced (or added).</summary>
    public MatchingRules WithCategory(MatchingRuleCategory category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var name = NormaliseCategory(category.Name);
        return new MatchingRules(_categories.Values.Where(c => c.Name != name).Append(category));
    }

    /// <summary>Whether a category's entries are keyed by a name (header, query parameter, metadata key) rather than a path.</summary>
    internal static bool IsKeyedByName(string category) => NormaliseCategory(category) is Header or Query or Metadata;

    /// <summary>Whether a category applies to a whole part (path, status, method) rather than to entries of it.</summary>
    internal static bool IsWholePart(string category) => NormaliseCategory(category) is Path or Status or Method;

    /// <summary>The canonical spelling of a category name ("headers" becomes "header"; names are lower case).</summary>
    public static string NormaliseCategory(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lower = name.ToLowerInvariant();
        return lower == "headers" ? Header : lower;
    }

    /// <summary>Whether both hold equal non-empty categories (in any order).</summary>
    public bool Equals(MatchingRules? other) =>
        other is not null && NonEmpty().Count == other.NonEmpty().Count && NonEmpty().All(c => c.Equals(other.Category(c.Name)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as MatchingRules);

    /// <inheritdoc />
    public override int GetHashCode() => NonEmpty().Count;

    private List<MatchingRuleCategory> NonEmpty() => [.. _categories.Values.Where(c => !c.IsEmpty)];
}
