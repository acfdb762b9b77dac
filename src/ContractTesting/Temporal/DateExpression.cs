namespace ContractTesting.Temporal;

/// <summary>
/// Evaluates the relative date/time expressions of Pact's Date, Time and DateTime generators, such as
/// <c>next monday + 2 weeks</c>, <c>midnight - 1 hour</c> or <c>tomorrow @ 3 o'clock pm</c>.
/// </summary>
internal static partial class DateExpression
{
    /// <summary>
    /// Applies <paramref name="expression"/> to <paramref name="baseTime"/>. A blank expression yields the base time.
    /// For <see cref="TemporalKind.Date"/> the time of day is carried through unchanged; a datetime expression is
    /// <c>date-part @ time-part</c>, where either part may be left out (the date part by starting with <c>@</c>).
    /// </summary>
    /// <exception cref="FormatException">The expression is not valid, or its result is out of range.</exception>
    internal static DateTimeOffset Evaluate(string? expression, DateTimeOffset baseTime, TemporalKind kind)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return baseTime;
        }

        try
        {
            return kind switch
            {
                TemporalKind.Date => EvaluateDatePart(expression, 0, expression.Length, baseTime),
                TemporalKind.Time => EvaluateTimePart(expression, 0, expression.Length, baseTime),
                _ => EvaluateDateTime(expression, baseTime),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new FormatException(
                $"Invalid date/time expression '{expression}': the result is outside the supported range of dates.");
        }
    }

    internal static FormatException Error(string expression, string problem, int index) =>
        new($"Invalid date/time expression '{expression}': {problem} at position {index + 1}.");

    private static DateTimeOffset EvaluateDateTime(string expression, DateTimeOffset baseTime)
    {
        var separator = expression.IndexOf('@', StringComparison.Ordinal);
        if (separator < 0)
        {
            return EvaluateDatePart(expression, 0, expression.Length, baseTime);
        }

        var date = string.IsNullOrWhiteSpace(expression[..separator])
            ? baseTime
            : EvaluateDatePart(expression, 0, separator, baseTime);
        return EvaluateTimePart(expression, separator + 1, expression.Length, date);
    }

    /// <summary>Reads <c>(+|-) number unit</c> repeatedly until the part ends.</summary>
    private static DateTimeOffset ApplyAdjustments(
        ExpressionCursor cursor,
        DateTimeOffset value,
        string unitDescription,
        Func<string, DateTimeOffset, int, DateTimeOffset?> addUnits)
    {
        while (!cursor.AtEnd)
        {
            var sign = cursor.TakeSign();
            var amount = cursor.TakeNumber("an integer value");
            var unit = cursor.Take(unitDescription);
            value = (unit.Kind == ExpressionTokenKind.Word ? addUnits(unit.Text.ToLowerInvariant(), value, sign * amount) : null)
                ?? throw cursor.ExpectedAt(unit, unitDescription);
        }

        return value;
    }

    /// <summary>After a base or a next/last offset, only adjustments may follow.</summary>
    private static void RequireAdjustmentOrEnd(ExpressionCursor cursor)
    {
        if (cursor.Peek() is { IsOperator: false } token)
        {
            throw cursor.ExpectedAt(token, "+ or -");
        }
    }
}
