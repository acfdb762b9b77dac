using System.Collections.Concurrent;
using System.Text;

namespace ContractTesting.Temporal;

/// <summary>
/// A Java <c>DateTimeFormatter</c>-style pattern, as used by Pact's date/time matchers and generators,
/// that can validate and render values.
/// </summary>
internal sealed partial class DateTimePattern
{
    // Patterns come from pact files, so the set is normally small; the cap stops a stream of distinct
    // patterns from growing the cache without bound.
    private const int MaxCachedPatterns = 1024;

    private static readonly ConcurrentDictionary<string, DateTimePattern> Cache = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<PatternElement> _elements;

    private DateTimePattern(string pattern, IReadOnlyList<PatternElement> elements)
    {
        Pattern = pattern;
        _elements = elements;
    }

    internal string Pattern { get; }

    /// <summary>Parses (or fetches from the cache) a pattern.</summary>
    /// <exception cref="FormatException">The pattern uses an unknown letter, a bad letter count or unbalanced quoting.</exception>
    internal static DateTimePattern Parse(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (Cache.TryGetValue(pattern, out var cached))
        {
            return cached;
        }

        var parsed = new DateTimePattern(pattern, ParseElements(pattern));
        if (Cache.Count < MaxCachedPatterns)
        {
            Cache.TryAdd(pattern, parsed);
        }

        return parsed;
    }

    /// <summary>True when the whole of <paramref name="value"/> fits the pattern and describes a real date/time.</summary>
    internal bool IsMatch(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var values = new ParsedValues();
        return PatternElement.MatchSequence(
            _elements,
            0,
            value,
            0,
            values,
            end => end == value.Length && values.IsConsistent());
    }

    /// <summary>Renders <paramref name="value"/> at its own offset, with English names.</summary>
    internal string Format(DateTimeOffset value)
    {
        var builder = new StringBuilder(Pattern.Length + 16);
        PatternElement.FormatSequence(_elements, builder, value);
        return builder.ToString();
    }

    public override string ToString() => Pattern;
}
