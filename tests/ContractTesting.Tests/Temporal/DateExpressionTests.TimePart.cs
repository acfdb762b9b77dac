using ContractTesting.Temporal;

namespace ContractTesting.Tests.Temporal;

public sealed partial class DateExpressionTests
{
    [Theory]
    [InlineData("now", "2024-02-29T10:15:30Z")]
    [InlineData("midnight", "2024-02-29T00:00:00Z")]
    [InlineData("noon", "2024-02-29T12:00:00Z")]
    [InlineData("1 o'clock", "2024-02-29T13:00:00Z")]
    [InlineData("1 o'clock am", "2024-02-29T01:00:00Z")]
    [InlineData("1 o'clock pm", "2024-02-29T13:00:00Z")]
    [InlineData("11 O'CLOCK PM", "2024-02-29T23:00:00Z")]
    [InlineData("12 o'clock am", "2024-02-29T00:00:00Z")]
    [InlineData("12 o'clock pm", "2024-02-29T12:00:00Z")]
    [InlineData("12 o'clock", "2024-02-29T12:00:00Z")]
    [InlineData("+ 1 hour", "2024-02-29T11:15:30Z")]
    [InlineData("- 2 minutes", "2024-02-29T10:13:30Z")]
    [InlineData("+ 4 seconds", "2024-02-29T10:15:34Z")]
    [InlineData("+ 4 milliseconds", "2024-02-29T10:15:30.004Z")]
    [InlineData("- 1 millisecond", "2024-02-29T10:15:29.999Z")]
    [InlineData("midnight+ 4 minutes", "2024-02-29T00:04:00Z")]
    [InlineData("next hour", "2024-02-29T11:15:30Z")]
    [InlineData("last minute", "2024-02-29T10:14:30Z")]
    [InlineData("next second", "2024-02-29T10:15:31Z")]
    [InlineData("last millisecond", "2024-02-29T10:15:29.999Z")]
    [InlineData("next hour + 30 minutes", "2024-02-29T11:45:30Z")]
    [InlineData("now + 2 hours - 4 minutes", "2024-02-29T12:11:30Z")]
    [InlineData(" + 2 hours - 4 minutes", "2024-02-29T12:11:30Z")]
    [InlineData("3 o'clock pm + 1 hour", "2024-02-29T16:00:00Z")]
    [InlineData("midnight - 1 hour", "2024-02-28T23:00:00Z")]
    [InlineData("noon + 14 hours", "2024-03-01T02:00:00Z")]
    public void Evaluate_TimeExpressions_MoveTheClock(string expression, string expected)
    {
        var baseTime = At(BaseTime);

        var result = DateExpression.Evaluate(expression, baseTime, TemporalKind.Time);

        Assert.Equal(At(expected), result);
    }

    [Fact]
    public void Evaluate_OClockWithoutMeridiemAfterNoon_PicksMorningHour()
    {
        var baseTime = At("2024-02-29T15:45:00Z");

        var result = DateExpression.Evaluate("1 o'clock", baseTime, TemporalKind.Time);

        Assert.Equal(At("2024-02-29T01:00:00Z"), result);
    }

    [Theory]
    [InlineData("today @ 1 o'clock", "2024-02-29T13:00:00Z")]
    [InlineData("yesterday @ midnight", "2024-02-28T00:00:00Z")]
    [InlineData("yesterday @ midnight - 1 hour", "2024-02-27T23:00:00Z")]
    [InlineData("tomorrow @ now", "2024-03-01T10:15:30Z")]
    [InlineData("+ 1 day @ noon", "2024-03-01T12:00:00Z")]
    [InlineData("+ 1 week @ +1 hour", "2024-03-07T11:15:30Z")]
    [InlineData("@ noon", "2024-02-29T12:00:00Z")]
    [InlineData("@ next hour", "2024-02-29T11:15:30Z")]
    [InlineData("+ 1 year @ midnight", "2025-02-28T00:00:00Z")]
    [InlineData("next week @ next hour", "2024-03-07T11:15:30Z")]
    [InlineData("last month @ last hour", "2024-01-29T09:15:30Z")]
    [InlineData("next monday @ 9 o'clock am", "2024-03-04T09:00:00Z")]
    [InlineData("tomorrow+ 4 years @ 3 o'clock + 40 milliseconds", "2028-03-01T15:00:00.040Z")]
    [InlineData("tomorrow", "2024-03-01T10:15:30Z")]
    [InlineData("today@noon", "2024-02-29T12:00:00Z")]
    public void Evaluate_DateTimeExpressions_ApplyDatePartThenTimePart(string expression, string expected)
    {
        var baseTime = At(BaseTime);

        var result = DateExpression.Evaluate(expression, baseTime, TemporalKind.DateTime);

        Assert.Equal(At(expected), result);
    }
}
