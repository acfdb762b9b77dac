using ContractTesting.Temporal;

namespace ContractTesting.Tests.Temporal;

public sealed partial class DateExpressionTests
{
    [Theory]
    [InlineData("not valid", nameof(TemporalKind.Date), "one of now, today", "position 1")]
    [InlineData("now today not valid", nameof(TemporalKind.Date), "expected + or - but found 'today'", "position 5")]
    [InlineData("today 2 week", nameof(TemporalKind.Date), "expected + or - but found '2'", "position 7")]
    [InlineData("+ x day", nameof(TemporalKind.Date), "an integer value", "position 3")]
    [InlineData("+ 1", nameof(TemporalKind.Date), "the expression ended", "position 4")]
    [InlineData("+ 1 fortnights", nameof(TemporalKind.Date), "a duration type", "position 5")]
    [InlineData("+ 1 hour", nameof(TemporalKind.Date), "a duration type", "position 5")]
    [InlineData("+ 1 + 1 day", nameof(TemporalKind.Date), "a duration type", "position 5")]
    [InlineData("next", nameof(TemporalKind.Date), "an offset type", "position 5")]
    [InlineData("next hour", nameof(TemporalKind.Date), "an offset type", "position 6")]
    [InlineData("next days", nameof(TemporalKind.Date), "an offset type", "position 6")]
    [InlineData("next week next day", nameof(TemporalKind.Date), "+ or -", "position 11")]
    [InlineData("1 day", nameof(TemporalKind.Date), "one of now, today", "position 1")]
    [InlineData("now!", nameof(TemporalKind.Date), "unexpected character '!'", "position 4")]
    [InlineData("today @ noon", nameof(TemporalKind.Date), "unexpected '@'", "position 7")]
    [InlineData("+ 99999999999 days", nameof(TemporalKind.Date), "too large", "position 3")]
    [InlineData("44 o'clock", nameof(TemporalKind.Time), "an hour from 1 to 12", "position 1")]
    [InlineData("0 o'clock", nameof(TemporalKind.Time), "an hour from 1 to 12", "position 1")]
    [InlineData("1 oclock", nameof(TemporalKind.Time), "o'clock", "position 3")]
    [InlineData("1", nameof(TemporalKind.Time), "o'clock", "position 2")]
    [InlineData("1 o'clock noon", nameof(TemporalKind.Time), "+ or -", "position 11")]
    [InlineData("midnight 2 week", nameof(TemporalKind.Time), "+ or -", "position 10")]
    [InlineData("today", nameof(TemporalKind.Time), "one of now, midnight, noon", "position 1")]
    [InlineData("next day", nameof(TemporalKind.Time), "an offset type", "position 6")]
    [InlineData("+ 1 day", nameof(TemporalKind.Time), "a duration type", "position 5")]
    [InlineData("someday @ noon", nameof(TemporalKind.DateTime), "one of now, today", "position 1")]
    [InlineData("today @ someday", nameof(TemporalKind.DateTime), "one of now, midnight, noon", "position 9")]
    [InlineData("today @", nameof(TemporalKind.DateTime), "the expression ended", "position 8")]
    [InlineData("today @ noon @ midnight", nameof(TemporalKind.DateTime), "unexpected '@'", "position 14")]
    public void Evaluate_InvalidExpression_ThrowsFormatExceptionNamingExpressionAndPosition(
        string expression,
        string kind,
        string problem,
        string position)
    {
        var baseTime = At(BaseTime);

        var exception = Assert.Throws<FormatException>(() => DateExpression.Evaluate(expression, baseTime, Enum.Parse<TemporalKind>(kind)));

        Assert.Contains($"'{expression}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
        Assert.Contains(position, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+ 2147483647 years", nameof(TemporalKind.Date))]
    [InlineData("- 2147483647 days", nameof(TemporalKind.Date))]
    [InlineData("+ 2147483647 hours", nameof(TemporalKind.Time))]
    public void Evaluate_ResultOutOfRange_ThrowsFormatException(string expression, string kind)
    {
        var baseTime = At(BaseTime);

        var exception = Assert.Throws<FormatException>(() => DateExpression.Evaluate(expression, baseTime, Enum.Parse<TemporalKind>(kind)));

        Assert.Contains("outside the supported range", exception.Message, StringComparison.Ordinal);
    }
}
