using ContractTesting.Temporal;

namespace ContractTesting.Tests.Temporal;

public sealed partial class DateExpressionTests
{
    [Theory]
    [InlineData("now", "2024-02-29T10:15:30Z")]
    [InlineData("today", "2024-02-29T10:15:30Z")]
    [InlineData("  today  ", "2024-02-29T10:15:30Z")]
    [InlineData("yesterday", "2024-02-28T10:15:30Z")]
    [InlineData("tomorrow", "2024-03-01T10:15:30Z")]
    [InlineData("TOMORROW", "2024-03-01T10:15:30Z")]
    [InlineData("+1 day", "2024-03-01T10:15:30Z")]
    [InlineData("+ 2 days", "2024-03-02T10:15:30Z")]
    [InlineData("+ 1 week", "2024-03-07T10:15:30Z")]
    [InlineData("- 2 weeks", "2024-02-15T10:15:30Z")]
    [InlineData("+ 1 month", "2024-03-29T10:15:30Z")]
    [InlineData("- 1 months", "2024-01-29T10:15:30Z")]
    [InlineData("+ 12 months", "2025-02-28T10:15:30Z")]
    [InlineData("+ 1 year", "2025-02-28T10:15:30Z")]
    [InlineData("- 4 years", "2020-02-29T10:15:30Z")]
    [InlineData("today + 1 day - 2 weeks", "2024-02-16T10:15:30Z")]
    [InlineData("tomorrow + 1 month", "2024-04-01T10:15:30Z")]
    [InlineData("yesterday - 1 year", "2023-02-28T10:15:30Z")]
    public void Evaluate_DateBasesAndAdjustments_MoveTheDate(string expression, string expected)
    {
        var baseTime = At(BaseTime);

        var result = DateExpression.Evaluate(expression, baseTime, TemporalKind.Date);

        Assert.Equal(At(expected), result);
    }

    [Theory]
    [InlineData("next day", "2024-03-01T10:15:30Z")]
    [InlineData("last day", "2024-02-28T10:15:30Z")]
    [InlineData("next week", "2024-03-07T10:15:30Z")]
    [InlineData("last week", "2024-02-22T10:15:30Z")]
    [InlineData("next fortnight", "2024-03-14T10:15:30Z")]
    [InlineData("last fortnight", "2024-02-15T10:15:30Z")]
    [InlineData("next month", "2024-03-29T10:15:30Z")]
    [InlineData("last month", "2024-01-29T10:15:30Z")]
    [InlineData("next year", "2025-02-28T10:15:30Z")]
    [InlineData("last year", "2023-02-28T10:15:30Z")]
    [InlineData("next monday", "2024-03-04T10:15:30Z")]
    [InlineData("next tues", "2024-03-05T10:15:30Z")]
    [InlineData("next wednesday", "2024-03-06T10:15:30Z")]
    [InlineData("next thursday", "2024-03-07T10:15:30Z")]
    [InlineData("last thurs", "2024-02-22T10:15:30Z")]
    [InlineData("next fri", "2024-03-01T10:15:30Z")]
    [InlineData("last saturday", "2024-02-24T10:15:30Z")]
    [InlineData("last sun", "2024-02-25T10:15:30Z")]
    [InlineData("Next Monday", "2024-03-04T10:15:30Z")]
    [InlineData("next feb", "2025-02-01T10:15:30Z")]
    [InlineData("last february", "2023-02-01T10:15:30Z")]
    [InlineData("next mar", "2024-03-01T10:15:30Z")]
    [InlineData("next january", "2025-01-01T10:15:30Z")]
    [InlineData("last jan", "2024-01-01T10:15:30Z")]
    [InlineData("next may", "2024-05-01T10:15:30Z")]
    [InlineData("last dec", "2023-12-01T10:15:30Z")]
    [InlineData("next apr", "2024-04-01T10:15:30Z")]
    [InlineData("next jun", "2024-06-01T10:15:30Z")]
    [InlineData("next july", "2024-07-01T10:15:30Z")]
    [InlineData("next aug", "2024-08-01T10:15:30Z")]
    [InlineData("next sep", "2024-09-01T10:15:30Z")]
    [InlineData("next october", "2024-10-01T10:15:30Z")]
    [InlineData("last november", "2023-11-01T10:15:30Z")]
    [InlineData("next june + 2 weeks", "2024-06-15T10:15:30Z")]
    [InlineData("last mon + 2 weeks - 1 day", "2024-03-10T10:15:30Z")]
    public void Evaluate_NextAndLastOffsets_MoveToTheNextOrPreviousOccurrence(string expression, string expected)
    {
        var baseTime = At(BaseTime);

        var result = DateExpression.Evaluate(expression, baseTime, TemporalKind.Date);

        Assert.Equal(At(expected), result);
    }

    [Theory]
    [InlineData("2024-01-31T08:00:00Z", "+ 1 month", "2024-02-29T08:00:00Z")]
    [InlineData("2023-01-31T08:00:00Z", "+ 1 month", "2023-02-28T08:00:00Z")]
    [InlineData("2024-03-31T08:00:00Z", "- 1 month", "2024-02-29T08:00:00Z")]
    [InlineData("2024-05-31T08:00:00Z", "next month", "2024-06-30T08:00:00Z")]
    [InlineData("2024-12-31T08:00:00Z", "+ 1 day", "2025-01-01T08:00:00Z")]
    [InlineData("2024-12-15T08:00:00Z", "next dec", "2025-12-01T08:00:00Z")]
    [InlineData("2024-12-15T08:00:00Z", "next jan", "2025-01-01T08:00:00Z")]
    [InlineData("2024-01-15T08:00:00Z", "last dec", "2023-12-01T08:00:00Z")]
    [InlineData("2028-02-29T08:00:00Z", "- 4 years", "2024-02-29T08:00:00Z")]
    [InlineData("2100-02-28T08:00:00Z", "+ 1 day", "2100-03-01T08:00:00Z")]
    public void Evaluate_MonthEndsAndLeapYears_ClampToRealDates(string baseTime, string expression, string expected)
    {
        var start = At(baseTime);

        var result = DateExpression.Evaluate(expression, start, TemporalKind.Date);

        Assert.Equal(At(expected), result);
    }
}
