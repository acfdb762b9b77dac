namespace ContractTesting.Temporal;

internal static partial class DateExpression
{
    private const string TimeStart = "one of now, midnight, noon, 1-12 o'clock, +, -, next or last";

    private const string TimeUnits = "a duration type (hour(s), minute(s), second(s) or millisecond(s))";

    private const string TimeOffsets = "an offset type (hour, minute, second or millisecond)";

    // time-part := base [adjustments] | adjustments | (next | last) offset [adjustments]
    // base      := now | midnight | noon | 1-12 o'clock [am | pm]
    private static DateTimeOffset EvaluateTimePart(string expression, int start, int end, DateTimeOffset value)
    {
        var cursor = new ExpressionCursor(expression, ExpressionTokenizer.Tokenize(expression, start, end), end);
        var first = cursor.Peek() ?? throw cursor.Expected(TimeStart);
        if (first.IsWord("next") || first.IsWord("last"))
        {
            cursor.Skip();
            var offset = cursor.Take(TimeOffsets);
            var direction = first.IsWord("next") ? 1 : -1;
            value = AddTimeUnits(offset.Text.ToLowerInvariant(), value, direction)
                ?? throw cursor.ExpectedAt(offset, TimeOffsets);
            RequireAdjustmentOrEnd(cursor);
        }
        else if (first.Kind == ExpressionTokenKind.Number)
        {
            value = ApplyClockHour(cursor, value);
            RequireAdjustmentOrEnd(cursor);
        }
        else if (first.Kind == ExpressionTokenKind.Word)
        {
            value = first.Text.ToLowerInvariant() switch
            {
                "now" => value,
                "midnight" => AtHour(value, 0),
                "noon" => AtHour(value, 12),
                _ => throw cursor.ExpectedAt(first, TimeStart),
            };
            cursor.Skip();
            RequireAdjustmentOrEnd(cursor);
        }
        else if (!first.IsOperator)
        {
            throw cursor.ExpectedAt(first, TimeStart);
        }

        return ApplyAdjustments(cursor, value, TimeUnits, AddTimeUnits);
    }

    /// <summary>
    /// <c>N o'clock [am|pm]</c>. Without am/pm the reference implementation picks the afternoon hour when the base
    /// time is before noon and the morning hour otherwise; 12 am is midnight and 12 pm is noon.
    /// </summary>
    private static DateTimeOffset ApplyClockHour(ExpressionCursor cursor, DateTimeOffset value)
    {
        var hourToken = cursor.Peek()!.Value;
        var hour = cursor.TakeNumber("an hour from 1 to 12");
        if (hour is < 1 or > 12)
        {
            throw cursor.ExpectedAt(hourToken, "an hour from 1 to 12");
        }

        var oClock = cursor.Take("o'clock");
        if (!oClock.IsWord("o'clock") && !oClock.IsWord("o\u2019clock"))
        {
            throw cursor.ExpectedAt(oClock, "o'clock");
        }

        bool afternoon;
        if (cursor.TakeWordIf("am"))
        {
            afternoon = false;
        }
        else if (cursor.TakeWordIf("pm"))
        {
            afternoon = true;
        }
        else
        {
            afternoon = value.Hour < 12;
        }

        return AtHour(value, (hour % 12) + (afternoon ? 12 : 0));
    }

    private static DateTimeOffset AtHour(DateTimeOffset value, int hour) =>
        new(value.Year, value.Month, value.Day, hour, 0, 0, value.Offset);

    private static DateTimeOffset? AddTimeUnits(string unit, DateTimeOffset value, int amount) => unit switch
    {
        "hour" or "hours" => value.AddHours(amount),
        "minute" or "minutes" => value.AddMinutes(amount),
        "second" or "seconds" => value.AddSeconds(amount),
        "millisecond" or "milliseconds" => value.AddMilliseconds(amount),
        _ => null,
    };
}
