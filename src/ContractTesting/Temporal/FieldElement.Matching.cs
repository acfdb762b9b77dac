namespace ContractTesting.Temporal;

internal sealed partial class FieldElement
{
    private const int MaxFractionDigits = 9;

    internal override bool Match(string input, int position, ParsedValues values, Func<int, bool> next)
    {
        var cursor = new MatchCursor(input, position, values, next);
        return Letter switch
        {
            'G' => MatchNames(cursor, EraNames(Count), TemporalField.Era, 0),
            'y' => MatchYear(cursor, TemporalField.YearOfEra, 1),
            'u' => MatchYear(cursor, TemporalField.ProlepticYear, 0),
            'Y' => MatchYear(cursor, TemporalField.WeekBasedYear, 0),
            'D' => MatchNumber(cursor, Count, 3, 1, 366, TemporalField.DayOfYear),
            'M' or 'L' => MatchMonth(cursor),
            'd' => MatchNumber(cursor, Count, 2, 1, 31, TemporalField.DayOfMonth),
            'Q' or 'q' => Count <= 2
                ? MatchNumber(cursor, Count, 2, 1, 4, TemporalField.Quarter)
                : MatchNames(cursor, QuarterNames(Count), TemporalField.Quarter, 1),
            'w' => MatchNumber(cursor, Count, 2, 1, 53, TemporalField.WeekOfWeekBasedYear),
            'W' => MatchNumber(cursor, 1, 1, 0, 6, TemporalField.WeekOfMonth),
            'F' => MatchNumber(cursor, 1, 1, 1, 5, TemporalField.AlignedWeekOfMonth),
            'E' => MatchDayName(cursor),
            'e' or 'c' => Count <= 2 ? MatchNumber(cursor, Count, Count, 1, 7, TemporalField.DayOfWeek) : MatchDayName(cursor),
            'a' => MatchNames(cursor, TemporalNames.AmPm, TemporalField.AmPm, 0),
            'h' => MatchNumber(cursor, Count, 2, 1, 12, TemporalField.ClockHourOfAmPm),
            'K' => MatchNumber(cursor, Count, 2, 0, 11, TemporalField.HourOfAmPm),
            'k' => MatchNumber(cursor, Count, 2, 1, 24, TemporalField.ClockHourOfDay),
            'H' => MatchNumber(cursor, Count, 2, 0, 23, TemporalField.HourOfDay),
            'm' => MatchNumber(cursor, Count, 2, 0, 59, TemporalField.MinuteOfHour),
            's' => MatchNumber(cursor, Count, 2, 0, 59, TemporalField.SecondOfMinute),
            'S' => MatchFraction(cursor),
            'n' => MatchNumber(cursor, Count, MaxFractionDigits, 0, 999_999_999, TemporalField.NanoOfSecond),
            'A' => MatchNumber(cursor, Count, Math.Max(Count, 8), 0, 86_399_999, TemporalField.MilliOfDay),
            'N' => MatchNumber(cursor, Count, Math.Max(Count, 14), 0, 86_399_999_999_999, TemporalField.NanoOfDay),
            _ => MatchZone(cursor),
        };
    }

    private static bool Accept(MatchCursor cursor, TemporalField? field, long value, int end)
    {
        if (field is not { } target)
        {
            return cursor.Values.ConsumeStep() && cursor.Next(end);
        }

        if (!cursor.Values.TrySet(target, value, out var previous))
        {
            return false;
        }

        if (cursor.Next(end))
        {
            return true;
        }

        cursor.Values.Restore(target, previous);
        return false;
    }

    /// <summary>Tries the longest digit run first, then shorter ones so that adjacent fields such as "yyyyMMdd" can share digits.</summary>
    private static bool MatchNumber(
        MatchCursor cursor,
        int minDigits,
        int maxDigits,
        long minValue,
        long maxValue,
        TemporalField field,
        Func<long, int, long>? convert = null)
    {
        var available = CountDigits(cursor.Input, cursor.Position, maxDigits);
        for (var length = available; length >= minDigits; length--)
        {
            var value = ParseDigits(cursor.Input, cursor.Position, length);
            if (value < minValue || value > maxValue)
            {
                continue;
            }

            var stored = convert is null ? value : convert(value, length);
            if (Accept(cursor, field, stored, cursor.Position + length))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchYear(MatchCursor cursor, TemporalField field, long minValue)
    {
        if (Count == 2)
        {
            return MatchNumber(cursor, 2, 2, 0, 99, field == TemporalField.WeekBasedYear ? field : TemporalField.TwoDigitYear);
        }

        // Java: a single letter or three letters accept any width from that minimum, four or more are a fixed width.
        var maxDigits = Count is 1 or 3 ? MaxYearLetters : Count;
        return MatchNumber(cursor, Count, maxDigits, minValue, 999_999_999, field);
    }

    private bool MatchMonth(MatchCursor cursor) => Count switch
    {
        <= 2 => MatchNumber(cursor, Count, 2, 1, 12, TemporalField.Month),
        5 => MatchNames(cursor, TemporalNames.FullMonths, null, 0, narrow: true),
        _ => MatchNames(cursor, MonthNames(Count), TemporalField.Month, 1),
    };

    private bool MatchDayName(MatchCursor cursor) => Count == 5
        ? MatchNames(cursor, TemporalNames.FullDays, null, 0, narrow: true)
        : MatchNames(cursor, DayNames(Count), TemporalField.DayOfWeek, 1);

    private bool MatchFraction(MatchCursor cursor)
    {
        // A lone 'S' is the lenient form; otherwise the letter count is the exact number of digits.
        var minDigits = Count == 1 ? 1 : Count;
        var maxDigits = Count == 1 ? MaxFractionDigits : Count;
        return MatchNumber(
            cursor,
            minDigits,
            maxDigits,
            0,
            long.MaxValue,
            TemporalField.NanoOfSecond,
            static (value, length) => value * Pow10(MaxFractionDigits - length));
    }

    private static bool MatchNames(MatchCursor cursor, string[] names, TemporalField? field, int valueOffset, bool narrow = false)
    {
        for (var index = 0; index < names.Length; index++)
        {
            var name = narrow ? TemporalNames.Narrow(names[index]) : names[index];
            if (StartsWithAt(cursor.Input, cursor.Position, name)
                && Accept(cursor, field, index + valueOffset, cursor.Position + name.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAt(string input, int position, string text) =>
        position + text.Length <= input.Length
        && string.Compare(input, position, text, 0, text.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static int CountDigits(string input, int position, int max)
    {
        var count = 0;
        while (count < max && position + count < input.Length && char.IsAsciiDigit(input[position + count]))
        {
            count++;
        }

        return count;
    }

    private static long ParseDigits(string input, int position, int length)
    {
        long value = 0;
        for (var index = position; index < position + length; index++)
        {
            value = (value * 10) + (input[index] - '0');
        }

        return value;
    }

    private static long Pow10(int exponent)
    {
        long result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
