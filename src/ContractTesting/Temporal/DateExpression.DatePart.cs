namespace ContractTesting.Temporal;

internal static partial class DateExpression
{
    private const string DateStart = "one of now, today, yesterday, tomorrow, +, -, next or last";

    private const string DateUnits = "a duration type (day(s), week(s), month(s) or year(s))";

    private const string DateOffsets = "an offset type (day, week, fortnight, month, year, a weekday or a month name)";

    // date-part := base [adjustments] | adjustments | (next | last) offset [adjustments]
    private static DateTimeOffset EvaluateDatePart(string expression, int start, int end, DateTimeOffset value)
    {
        var cursor = new ExpressionCursor(expression, ExpressionTokenizer.Tokenize(expression, start, end), end);
        var first = cursor.Peek() ?? throw cursor.Expected(DateStart);
        if (first.IsWord("next") || first.IsWord("last"))
        {
            cursor.Skip();
            value = ApplyDateOffset(cursor, value, first.IsWord("next") ? 1 : -1);
            RequireAdjustmentOrEnd(cursor);
        }
        else if (first.Kind == ExpressionTokenKind.Word)
        {
            value = first.Text.ToLowerInvariant() switch
            {
                "now" or "today" => value,
                "yesterday" => value.AddDays(-1),
                "tomorrow" => value.AddDays(1),
                _ => throw cursor.ExpectedAt(first, DateStart),
            };
            cursor.Skip();
            RequireAdjustmentOrEnd(cursor);
        }
        else if (!first.IsOperator)
        {
            throw cursor.ExpectedAt(first, DateStart);
        }

        return ApplyAdjustments(cursor, value, DateUnits, AddDateUnits);
    }

    private static DateTimeOffset ApplyDateOffset(ExpressionCursor cursor, DateTimeOffset value, int direction)
    {
        var offset = cursor.Take(DateOffsets);
        var word = offset.Text.ToLowerInvariant();
        return word switch
        {
            "fortnight" => value.AddDays(14 * direction),
            "day" or "week" or "month" or "year" => AddDateUnits(word, value, direction)!.Value,
            _ when IsoWeekday(word) is { } weekday => MoveToWeekday(value, weekday, direction),
            _ when MonthNumber(word) is { } month => MoveToMonth(value, month, direction),
            _ => throw cursor.ExpectedAt(offset, DateOffsets),
        };
    }

    private static DateTimeOffset? AddDateUnits(string unit, DateTimeOffset value, int amount) => unit switch
    {
        "day" or "days" => value.AddDays(amount),
        "week" or "weeks" => value.AddDays(7.0 * amount),

        // Month and year steps clamp to the end of shorter months (Jan 31 + 1 month = Feb 28/29), as java.time does.
        "month" or "months" => value.AddMonths(amount),
        "year" or "years" => value.AddYears(amount),
        _ => null,
    };

    /// <summary>The nearest given weekday strictly after (or before) the value, keeping the time of day.</summary>
    private static DateTimeOffset MoveToWeekday(DateTimeOffset value, int isoWeekday, int direction)
    {
        var current = CalendarMath.ToIsoDayOfWeek(value.DayOfWeek);
        var days = direction > 0 ? (isoWeekday - current + 7) % 7 : (current - isoWeekday + 7) % 7;
        return value.AddDays(direction * (days == 0 ? 7 : days));
    }

    /// <summary>The first day of the next (or last) occurrence of the month, never the current month itself.</summary>
    private static DateTimeOffset MoveToMonth(DateTimeOffset value, int month, int direction)
    {
        var firstOfMonth = value.AddDays(1 - value.Day);
        var months = direction > 0 ? month - value.Month : value.Month - month;
        return firstOfMonth.AddMonths(direction * (months <= 0 ? months + 12 : months));
    }

    private static int? IsoWeekday(string word) => word switch
    {
        "mon" or "monday" => 1,
        "tues" or "tuesday" => 2,
        "wed" or "wednesday" => 3,
        "thurs" or "thursday" => 4,
        "fri" or "friday" => 5,
        "sat" or "saturday" => 6,
        "sun" or "sunday" => 7,
        _ => null,
    };

    private static int? MonthNumber(string word) => word switch
    {
        "jan" or "january" => 1,
        "feb" or "february" => 2,
        "mar" or "march" => 3,
        "apr" or "april" => 4,
        "may" => 5,
        "jun" or "june" => 6,
        "jul" or "july" => 7,
        "aug" or "august" => 8,
        "sep" or "september" => 9,
        "oct" or "october" => 10,
        "nov" or "november" => 11,
        "dec" or "december" => 12,
        _ => null,
    };
}
