using ContractTesting.Rules;

namespace ContractTesting.Generation;

/// <summary>
/// The generators of a request, response or message, by category (<c>body</c>, <c>header</c>, <c>query</c>,
/// <c>path</c>, <c>status</c>, <c>metadata</c>, <c>content</c>) and path. Immutable.
/// </summary>
public sealed class Generators : IEquatable<Generators>
{
    private readonly Dictionary<string, IReadOnlyList<KeyValuePair<DocPath, Generator>>> _categories;

    /// <summary>Creates generators from categories.</summary>
    public Generators(IEnumerable<KeyValuePair<string, IReadOnlyList<KeyValuePair<DocPath, Generator>>>> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        _categories = new(StringComparer.Ordinal);
        foreach (var (name, entries) in categories)
        {
            var key = MatchingRules.NormaliseCategory(name);
            _categories[key] = _categories.TryGetValue(key, out var existing) ? [.. existing, .. entries] : [.. entries];
        }
    }

    /// <summary>No generators.</summary>
    public static Generators Empty { get; } = new([]);

    /// <summary>The names of the categories that have generators, in order.</summary>
    public IEnumerable<string> CategoryNames => _categories.Where(c => c.Value.Count > 0).Select(c => c.Key);

    /// <summary>Whether there are no generators.</summary>
    public bool IsEmpty => _categories.Values.All(c => c.Count == 0);

    /// <summary>The generators of a category by path (empty when there are none).</summary>
    public IReadOnlyList<KeyValuePair<DocPath, Generator>> Category(string name) =>
        _categories.TryGetValue(MatchingRules.NormaliseCategory(name), out var entries) ? entries : [];

    /// <summary>Returns a copy with a generator set at a path of a category (replacing one at the same path).</summary>
    public Generators With(string category, DocPath path, Generator generator)
    {
        var key = MatchingRules.NormaliseCategory(category);
        var updated = Category(key).Where(e => !e.Key.Equals(path)).Append(new(path, generator)).ToList();
        return new Generators(_categories.Where(c => c.Key != key).Append(new(key, updated)));
    }

    /// <summary>Whether both hold equal generators at the same paths of the same categories.</summary>
    public bool Equals(Generators? other) =>
        other is not null && CategoryNames.Order(StringComparer.Ordinal).SequenceEqual(other.CategoryNames.Order(StringComparer.Ordinal)) &&
        CategoryNames.All(name => Models.Equality.Lists(Category(name), other.Category(name)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Generators);

    /// <inheritdoc />
    public override int GetHashCode() => CategoryNames.Count();
}
