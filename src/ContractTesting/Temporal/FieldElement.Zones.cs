namespace ContractTesting.Temporal;

internal sealed partial class FieldElement
{
    // Java's ZoneOffset range.
    private const long MaxOffsetSeconds = 18 * 3600;

    private static readonly string[] LocalizedOffsetPrefixes = ["GMT", "UTC"];

    private static readonly string[] UniversalZoneIds = ["Z", "UTC", "GMT", "UT"];

    private bool MatchZone(MatchCursor cursor)
    {
        var candidates = new List<(int End, long Seconds)>();
        TemporalField? field = TemporalField.OffsetSeconds;
        switch (Letter)
        {
            case 'z':
                // Zone names do not pin down an offset (e.g. "IST"), so they are not cross-checked.
                field = null;
                AddZoneNameCandidates(cursor, candidates);
                break;
            case 'V':
                field = null;
                AddZoneIdCandidates(cursor, candidates);
                break;
            case 'O':
                AddLocalizedOffsetCandidates(cursor, Count == 4, candidates);
                break;
            case 'Z' when Count == 4:
                AddLocalizedOffsetCandidates(cursor, full: true, candidates);
                break;
            case 'Z' when Count == 5:
                AddIsoOffsetCandidates(cursor, 3, allowZ: true, allowSeconds: true, candidates);
                break;
            case 'Z':
                AddIsoOffsetCandidates(cursor, 2, allowZ: false, allowSeconds: false, candidates);
                break;
            default:
                AddIsoOffsetCandidates(cursor, Count, allowZ: Letter == 'X', allowSeconds: Count >= 4, candidates);
                break;
        }

        candidates.Sort((left, right) => right.End.CompareTo(left.End));
        foreach (var (end, seconds) in candidates)
        {
            if (Math.Abs(seconds) <= MaxOffsetSeconds && Accept(cursor, field, seconds, end))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddZoneNameCandidates(MatchCursor cursor, List<(int End, long Seconds)> candidates)
    {
        foreach (var name in ZoneNames.All)
        {
            if (StartsWithAt(cursor.Input, cursor.Position, name))
            {
                candidates.Add((cursor.Position + name.Length, 0));
            }
        }

        AddLocalizedOffsetCandidates(cursor, full: false, candidates);
    }

    private static void AddZoneIdCandidates(MatchCursor cursor, List<(int End, long Seconds)> candidates)
    {
        var (input, position) = (cursor.Input, cursor.Position);
        foreach (var id in UniversalZoneIds)
        {
            if (position + id.Length <= input.Length && string.CompareOrdinal(input, position, id, 0, id.Length) == 0)
            {
                candidates.Add((position + id.Length, 0));
                AddIsoOffsetCandidates(cursor with { Position = position + id.Length }, 3, false, true, candidates);
            }
        }

        AddIsoOffsetCandidates(cursor, 3, allowZ: false, allowSeconds: true, candidates);
        AddIsoOffsetCandidates(cursor, 2, allowZ: false, allowSeconds: false, candidates);
        AddRegionIdCandidates(input, position, candidates);
    }

    // Region ids follow Java's ZoneId syntax; a '/' is required so that arbitrary words are not taken for zones.
    private static void AddRegionIdCandidates(string input, int position, List<(int End, long Seconds)> candidates)
    {
        if (position >= input.Length || !char.IsAsciiLetter(input[position]))
        {
            return;
        }

        var end = position + 1;
        var sawSlash = false;
        while (end < input.Length && (char.IsAsciiLetterOrDigit(input[end]) || input[end] is '~' or '/' or '.' or '_' or '+' or '-'))
        {
            sawSlash |= input[end] == '/';
            end++;
            if (sawSlash && (char.IsAsciiLetterOrDigit(input[end - 1]) || input[end - 1] == '_'))
            {
                candidates.Add((end, 0));
            }
        }
    }

    /// <summary>"GMT", "GMT+8", "GMT+5:30" (short) or "GMT+08:00" (full); "UTC" is accepted in place of "GMT".</summary>
    private static void AddLocalizedOffsetCandidates(MatchCursor cursor, bool full, List<(int End, long Seconds)> candidates)
    {
        var input = cursor.Input;
        foreach (var prefix in LocalizedOffsetPrefixes)
        {
            if (!StartsWithAt(input, cursor.Position, prefix))
            {
                continue;
            }

            var start = cursor.Position + prefix.Length;
            candidates.Add((start, 0));
            if (start >= input.Length || input[start] is not ('+' or '-'))
            {
                continue;
            }

            var sign = input[start] == '-' ? -1 : 1;
            var hourDigits = CountDigits(input, start + 1, 2);
            for (var digits = full ? 2 : 1; digits <= hourDigits; digits++)
            {
                var hours = ParseDigits(input, start + 1, digits);
                var afterHours = start + 1 + digits;
                if (!full)
                {
                    candidates.Add((afterHours, sign * hours * 3600));
                }

                AddMinutesAndSeconds(input, afterHours, colon: true, allowSeconds: true, sign, hours, candidates);
            }
        }
    }

    /// <summary>
    /// ISO offsets by width: 1 "+HH[mm]", 2 "+HHMM", 3 "+HH:MM", 4 "+HHMM[ss]", 5 "+HH:MM[:ss]"; "Z" for zero where allowed.
    /// </summary>
    private static void AddIsoOffsetCandidates(
        MatchCursor cursor,
        int width,
        bool allowZ,
        bool allowSeconds,
        List<(int End, long Seconds)> candidates)
    {
        var (input, position) = (cursor.Input, cursor.Position);
        if (allowZ && position < input.Length && input[position] == 'Z')
        {
            candidates.Add((position + 1, 0));
        }

        if (position >= input.Length || input[position] is not ('+' or '-') || CountDigits(input, position + 1, 2) < 2)
        {
            return;
        }

        var sign = input[position] == '-' ? -1 : 1;
        var hours = ParseDigits(input, position + 1, 2);
        if (width == 1)
        {
            candidates.Add((position + 3, sign * hours * 3600));
        }

        AddMinutesAndSeconds(input, position + 3, colon: width is 3 or 5, allowSeconds, sign, hours, candidates);
    }

    private static void AddMinutesAndSeconds(
        string input,
        int position,
        bool colon,
        bool allowSeconds,
        int sign,
        long hours,
        List<(int End, long Seconds)> candidates)
    {
        var separator = colon ? 1 : 0;
        if (!TryReadTwoDigits(input, position, colon, out var minutes))
        {
            return;
        }

        var afterMinutes = position + separator + 2;
        candidates.Add((afterMinutes, sign * ((hours * 3600) + (minutes * 60))));
        if (allowSeconds && TryReadTwoDigits(input, afterMinutes, colon, out var seconds))
        {
            candidates.Add((afterMinutes + separator + 2, sign * ((hours * 3600) + (minutes * 60) + seconds)));
        }
    }

    private static bool TryReadTwoDigits(string input, int position, bool colon, out long value)
    {
        value = 0;
        if (colon)
        {
            if (position >= input.Length || input[position] != ':')
            {
                return false;
            }

            position++;
        }

        if (CountDigits(input, position, 2) < 2)
        {
            return false;
        }

        value = ParseDigits(input, position, 2);
        return value <= 59;
    }
}
