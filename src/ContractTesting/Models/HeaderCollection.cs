using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ContractTesting.Models;

/// <summary>
/// HTTP headers: names compare case-insensitively, keep the spelling they were first given, and keep their order.
/// Each header has one or more values. The collection is immutable.
/// </summary>
public sealed class HeaderCollection : IReadOnlyDictionary<string, IReadOnlyList<string>>, IEquatable<HeaderCollection>
{
    private readonly List<KeyValuePair<string, IReadOnlyList<string>>> _entries = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a collection; headers whose names differ only in case are merged, values in order.</summary>
    public HeaderCollection(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        foreach (var (name, values) in headers)
        {
            if (_index.TryGetValue(name, out var at))
            {
                _entries[at] = new(_entries[at].Key, [.. _entries[at].Value, .. values]);
            }
            else
            {
                _index[name] = _entries.Count;
                _entries.Add(new(name, [.. values]));
            }
        }
    }

    /// <summary>A collection with no headers.</summary>
    public static HeaderCollection Empty { get; } = new([]);

    /// <summary>Creates a collection from single-valued headers.</summary>
    public static HeaderCollection From(IEnumerable<KeyValuePair<string, string>> headers) =>
        new(headers.Select(h => new KeyValuePair<string, IReadOnlyList<string>>(h.Key, [h.Value])));

    /// <inheritdoc />
    public IReadOnlyList<string> this[string key] => TryGetValue(key, out var values)
        ? values
        : throw new KeyNotFoundException($"There is no header '{key}'.");

    /// <inheritdoc />
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<IReadOnlyList<string>> Values => _entries.Select(e => e.Value);

    /// <inheritdoc />
    public int Count => _entries.Count;

    /// <summary>The values of a header joined with ", ", or <see langword="null"/> when it is absent.</summary>
    public string? GetJoined(string name) => TryGetValue(name, out var values) ? string.Join(", ", values) : null;

    /// <summary>Returns a copy with the header set to the given values (replacing any existing values).</summary>
    public HeaderCollection With(string name, params IReadOnlyList<string> values)
    {
        var replaced = _entries.Where(e => !string.Equals(e.Key, name, StringComparison.OrdinalIgnoreCase)).ToList();
        var at = _index.TryGetValue(name, out var i) ? i : replaced.Count;
        replaced.Insert(Math.Min(at, replaced.Count), new(name, values));
        return new HeaderCollection(replaced);
    }

    /// <inheritdoc />
    public bool ContainsKey(string key) => _index.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<string> value)
    {
        if (_index.TryGetValue(key, out var at))
        {
            value = _entries[at].Value;
            return true;
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, IReadOnlyList<string>>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether both have the same headers (names in any case and order) with the same values in the same order.</summary>
    public bool Equals(HeaderCollection? other) =>
        other is not null && Count == other.Count && _entries.All(e => other.TryGetValue(e.Key, out var values) && e.Value.SequenceEqual(values));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HeaderCollection);

    /// <inheritdoc />
    public override int GetHashCode() => _entries.Aggregate(Count, (hash, e) => hash ^ StringComparer.OrdinalIgnoreCase.GetHashCode(e.Key));
}
