namespace ContractTesting.Generation.Sampling;

/// <summary>
/// A set of characters: a bracketed class, a predefined escape or <c>.</c>. Generation draws from
/// preferred (mostly ASCII) candidates and only widens to the whole BMP when none of those belong.
/// </summary>
internal sealed class CharClass(
    IReadOnlyList<CharRange> ranges,
    IReadOnlyList<ClassEscape> escapes,
    bool negated,
    CharClass? subtraction,
    bool ignoreCase)
{
    private CharPool? _pool;

    /// <summary><c>.</c> matches anything but a newline; printable ASCII never contains one.</summary>
    public static CharClass AnyExceptNewline() => new([CharRange.Single('\n')], [], negated: true, subtraction: null, ignoreCase: false);

    public static CharClass FromEscape(ClassEscape escape) => new([], [escape], negated: false, subtraction: null, ignoreCase: false);

    /// <summary>Characters drawn for this class; empty when nothing can match (e.g. <c>[^\s\S]</c>).</summary>
    public CharPool Pool => _pool ??= BuildPool();

    public bool Matches(char value)
    {
        var inItems = ItemsContain(value)
            || (ignoreCase && (ItemsContain(char.ToLowerInvariant(value)) || ItemsContain(char.ToUpperInvariant(value))));
        return inItems != negated && (subtraction is null || !subtraction.Matches(value));
    }

    private bool ItemsContain(char value)
    {
        foreach (var range in ranges)
        {
            if (range.Contains(value))
            {
                return true;
            }
        }

        foreach (var escape in escapes)
        {
            if (escape.Contains(value, ignoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private CharPool BuildPool()
    {
        IEnumerable<CharRange> preferred = negated
            ? [CharRange.PrintableAscii]
            : ranges.Concat(escapes.SelectMany(escape => escape.Candidates()));

        // Lone surrogates make strings that cannot be encoded as UTF-8, so they are the last resort.
        var pool = CharPool.Build(preferred, value => !char.IsSurrogate(value) && Matches(value));
        if (pool.IsEmpty)
        {
            pool = CharPool.Build([CharRange.All], value => !char.IsSurrogate(value) && Matches(value));
        }

        if (pool.IsEmpty)
        {
            pool = CharPool.Build([CharRange.All], Matches);
        }

        return pool;
    }
}
