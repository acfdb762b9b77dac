namespace ContractTesting.Generation.Sampling;

/// <summary>
/// The characters a class may produce, kept as sorted runs so that a huge class such as
/// <c>[\u0000-\uFFFF]</c> costs a few entries rather than one per character.
/// </summary>
internal sealed class CharPool
{
    private readonly List<CharRange> _runs;
    private readonly int _count;

    private CharPool(List<CharRange> runs)
    {
        _runs = runs;
        _count = runs.Sum(run => run.Last - run.First + 1);
    }

    public bool IsEmpty => _count == 0;

    /// <summary>Keeps the characters of <paramref name="candidates"/> that satisfy <paramref name="keep"/>.</summary>
    public static CharPool Build(IEnumerable<CharRange> candidates, Func<char, bool> keep)
    {
        var runs = new List<CharRange>();
        foreach (var range in Merge(candidates))
        {
            int? runStart = null;

            // int loop variable: a char counter would wrap at U+FFFF and never stop.
            for (int code = range.First; code <= range.Last; code++)
            {
                if (keep((char)code))
                {
                    runStart ??= code;
                }
                else if (runStart is { } start)
                {
                    runs.Add(new CharRange((char)start, (char)(code - 1)));
                    runStart = null;
                }
            }

            if (runStart is { } openStart)
            {
                runs.Add(new CharRange((char)openStart, range.Last));
            }
        }

        return new CharPool(runs);
    }

    public char Pick(Random random)
    {
        var index = random.Next(_count);
        foreach (var run in _runs)
        {
            var size = run.Last - run.First + 1;
            if (index < size)
            {
                return (char)(run.First + index);
            }

            index -= size;
        }

        throw new InvalidOperationException("Cannot pick from an empty character pool.");
    }

    /// <summary>Sorts and joins overlapping ranges so no character is scanned (or weighted) twice.</summary>
    private static List<CharRange> Merge(IEnumerable<CharRange> ranges)
    {
        var merged = new List<CharRange>();
        foreach (var range in ranges.OrderBy(range => range.First))
        {
            if (merged.Count > 0 && range.First <= merged[^1].Last + 1)
            {
                var last = merged[^1];
                merged[^1] = last with { Last = (char)Math.Max(last.Last, range.Last) };
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }
}
