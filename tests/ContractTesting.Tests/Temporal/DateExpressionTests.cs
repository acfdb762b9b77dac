using System.Globalization;
using ContractTesting.Temporal;

namespace ContractTesting.Tests.Temporal;

public sealed partial class DateExpressionTests
{
    // Thursday on a leap day, so month and year steps must clamp.
    private const string BaseTime = "2024-02-29T10:15:30+00:00";

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(nameof(TemporalKind.Date))]
    [InlineData(nameof(TemporalKind.Time))]
    [InlineData(nameof(TemporalKind.DateTime))]
    public void Evaluate_BlankExpression_ReturnsBaseTime(string kind)
    {
        var baseTime = At(BaseTime);

        var results = new[] { null, string.Empty, "   " }
            .Select(expression => DateExpression.Evaluate(expression, baseTime, Enum.Parse<TemporalKind>(kind)))
            .ToList();

        Assert.All(results, result => Assert.Equal(baseTime, result));
    }

    [Fact]
    public void Evaluate_NonUtcBase_KeepsOffset()
    {
        var baseTime = At("2024-02-29T23:30:00+10:00");

        var result = DateExpression.Evaluate("tomorrow @ midnight + 1 hour", baseTime, TemporalKind.DateTime);

        Assert.Equal(At("2024-03-01T01:00:00+10:00"), result);
        Assert.Equal(TimeSpan.FromHours(10), result.Offset);
    }

    [Theory]
    [InlineData("", "2000-01-01T10:00:00Z")]
    [InlineData("yesterday", "1999-12-31T10:00:00Z")]
    [InlineData("+ 1 week", "2000-01-08T10:00:00Z")]
    [InlineData("- 2 weeks", "1999-12-18T10:00:00Z")]
    [InlineData("+ 4 years", "2004-01-01T10:00:00Z")]
    [InlineData("tomorrow+ 4 years", "2004-01-02T10:00:00Z")]
    [InlineData("next week", "2000-01-08T10:00:00Z")]
    [InlineData("last month", "1999-12-01T10:00:00Z")]
    [InlineData("next fortnight", "2000-01-15T10:00:00Z")]
    [InlineData("next monday", "2000-01-03T10:00:00Z")]
    [InlineData("last wednesday", "1999-12-29T10:00:00Z")]
    [InlineData("next mon", "2000-01-03T10:00:00Z")]
    [InlineData("last december", "1999-12-01T10:00:00Z")]
    [InlineData("next jan", "2001-01-01T10:00:00Z")]
    [InlineData("next june + 2 weeks", "2000-06-15T10:00:00Z")]
    [InlineData("last mon + 2 weeks", "2000-01-10T10:00:00Z")]
    [InlineData("+ 1 day - 2 weeks", "1999-12-19T10:00:00Z")]
    [InlineData("last december + 2 weeks + 4 days", "1999-12-19T10:00:00Z")]
    [InlineData("@ 2 o'clock", "2000-01-01T14:00:00Z")]
    [InlineData("@ 1 o'clock pm", "2000-01-01T13:00:00Z")]
    [InlineData("@ + 4 milliseconds", "2000-01-01T10:00:00.004Z")]
    [InlineData("@  + 2 hours - 4 minutes", "2000-01-01T11:56:00Z")]
    [InlineData("yesterday @ midnight - 1 hour", "1999-12-30T23:00:00Z")]
    [InlineData("- 2 weeks @ now + 1 hour", "1999-12-18T11:00:00Z")]
    [InlineData("tomorrow+ 4 years @ 3 o'clock + 40 milliseconds", "2004-01-02T15:00:00.040Z")]
    [InlineData("last month @ last hour", "1999-12-01T09:00:00Z")]
    public void Evaluate_ReferenceImplementationExamples_GiveSameResults(string expression, string expected)
    {
        var baseTime = At("2000-01-01T10:00:00Z");

        var result = DateExpression.Evaluate(expression, baseTime, TemporalKind.DateTime);

        Assert.Equal(At(expected), result);
    }
}
