using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace ContractTesting.Models;

/// <summary>
/// The query parameters of a request: names in order of first appearance, each with its values in order.
/// A value is <see langword="null"/> for a parameter written without <c>=</c>. When the parameters came from a
/// query string, <see cref="RawText"/> keeps that text, because specification V1 compares query strings as text.
/// </summary>
public sealed class QueryCollection : IReadOnlyDictionary<string, IReadOnlyList<string?>>, IEquatable<QueryCollection>
{
    private readonly List<KeyValuePair<string, IReadOnlyList<string?>>> _entries = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);

    /// <summary>Creates query parameters; repeated names are merged, values in order.</summary>
    public QueryCollection(IEnumerable<KeyValuePair<string, IReadOnlyList<string?>>> parameters)
        : this(parameters, rawText: null)
    {
    }

    private QueryCollection(IEnumerable<KeyValuePair<string, IReadOnlyList<string?>>> parameters, string? rawText)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        foreach (var (name, values) in parameters)
        {
            if (_index.TryGetValue(name, out var at))
            {
                _entries[at] = new(name, [.. _entries[at].Value, .. values]);
            }
            else
            {
                _index[name] = _entries.Count;
                _entries.Add(new(name, [.. values]));
            }
        }

        RawText = rawText;
    }

    /// <summary>No query parameters.</summary>
    public static QueryCollection Empty { get; } = new([]);

    /// <summary>The query string these parameters were parsed from, or <see langword="null"/>.</summary>
    public string? RawText { get; }

    /// <summary>
    /// Parses a query string such as <c>a=1&amp;b=2&amp;a=3</c> (a leading <c>?</c> is ignored). Names and values are
    /// percent-decoded and <c>+</c> reads as a space.
    /// </summary>
    public static QueryCollection Parse(string? queryString)
    {
        var text = queryString ?? string.Empty;
        if (text.StartsWith('?'))
        {
            text = text[1..];
        }

        var pairs = new List<KeyValuePair<string, IReadOnlyList<string?>>>();
        foreach (var part in text.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? part : part[..equals]);
            string? value = equals < 0 ? null : Decode(part[(equals + 1)..]);
            pairs.Add(new(name, [value]));
        }

        return new QueryCollection(pairs, queryString ?? string.Empty);
    }

    /// <summary>Percent-decodes a query component, reading <c>+</c> as a space.</summary>
    public static string Decode(string component)
    {
        ArgumentNullException.ThrowIfNull(component);
        return Uri.UnescapeDataString(component.Replace('+', ' '));
    }

    /// <summary>The parameters as a query string (without <c>?</c>): <see cref="RawText"/> when known, otherwise encoded from the values.</summary>
    public string ToQueryString()
    {
        if (RawText is not null)
        {
            return RawText.StartsWith('?') ? RawText[1..] : RawText;
        }

        var builder = new StringBuilder();
        foreach (var (name, values) in _entries)
        {
            foreach (var value in values)
            {
                if (builder.Length > 0)
                {
                    builder.Append('&');
                }

                builder.Append(Uri.EscapeDataString(name));
                if (value is not null)
                {
                    builder.Append('=').Append(Uri.EscapeDataString(value));
                }
            }
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public IReadOnlyList<string?> this[string key] => TryGetValue(key, out var values)
        ? values
        : throw new KeyNotFoundException($"There is no query parameter '{key}'.");

    /// <inheritdoc />
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<IReadOnlyList<string?>> Values => _entries.Select(e => e.Value);

    /// <inheritdoc />
    public int Count => _entries.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => _index.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IReadOnlyList<string?> value)
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
    public IEnumerator<KeyValuePair<string, IReadOnlyList<string?>>> GetEnumerator() => _entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether both have the same parameters (in any order) with the same values in the same order.</summary>
    public bool Equals(QueryCollection? other) =>
        other is not null && Count == other.Count && _entries.All(e => other.TryGetValue(e.Key, out var values) && e.Value.SequenceEqual(values));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as QueryCollection);

    /// <inheritdoc />
    public override int GetHashCode() => _entries.Aggregate(Count, (hash, e) => hash ^ StringComparer.Ordinal.GetHashCode(e.Key));
}
