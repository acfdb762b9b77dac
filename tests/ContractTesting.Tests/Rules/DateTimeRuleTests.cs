using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class DateTimeRuleTests
{
    [Theory]
    [InlineData("2024-01-15T10:30:00Z")]
    [InlineData("2024-01-15T10:30:00+01:00")]
    [InlineData("2024-02-29T23:59:59-05:30")]
    public void Match_DefaultFormatValidTimestamp_Matches(string timestamp)
    {
        var result = Exchange.ResponseBody("""{"createdAt": "2020-01-01T00:00:00Z"}""", $$"""{"createdAt": "{{timestamp}}"}""", ("$.createdAt", new DateTimeRule()));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("2024-01-15T10:30:00")]
    [InlineData("2024-01-15 10:30:00Z")]
    [InlineData("2024-01-15")]
    [InlineData("2023-02-29T10:30:00Z")]
    [InlineData("2024-01-15T25:30:00Z")]
    public void Match_DefaultFormatInvalidTimestamp_ReportsTheDefaultPattern(string timestamp)
    {
        var result = Exchange.ResponseBody("""{"createdAt": "2020-01-01T00:00:00Z"}""", $$"""{"createdAt": "{{timestamp}}"}""", ("$.createdAt", new DateTimeRule()));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.createdAt");
        Assert.Equal($"Expected '{timestamp}' to match a timestamp pattern of 'yyyy-MM-dd'T'HH:mm:ssXXX'", mismatch.Message);
    }

    [Theory]
    [InlineData("2024-01-15 10:30", true)]
    [InlineData("2024-01-15T10:30", false)]
    [InlineData("2024-01-15 10:30:00", false)]
    public void Match_CustomFormat_UsesIt(string timestamp, bool matches)
    {
        var result = Exchange.ResponseBody("""{"createdAt": "2020-01-01 00:00"}""", $$"""{"createdAt": "{{timestamp}}"}""", ("$.createdAt", new DateTimeRule("yyyy-MM-dd HH:mm")));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Body, "$.createdAt", $"'{timestamp}'", "timestamp pattern of 'yyyy-MM-dd HH:mm'");
        }
    }

    [Fact]
    public void Match_InvalidPattern_ReportsThePatternAndTheProblem()
    {
        var result = Exchange.ResponseBody("""{"createdAt": "x"}""", """{"createdAt": "x"}""", ("$.createdAt", new DateTimeRule("yyyy-MM-dd'T")));

        MatchAssert.Single(result, MismatchPart.Body, "$.createdAt", "'yyyy-MM-dd'T' is not a valid timestamp pattern", "unterminated quoted text");
    }

    [Theory]
    [InlineData("2024-06-01T12:00:00Z", true)]
    [InlineData("yesterday", false)]
    public void Match_QueryParameter_ChecksTheTimestamp(string since, bool matches)
    {
        var result = Exchange.Query("since=2024-01-01T00:00:00Z", $"since={since}", ("since", new DateTimeRule()));

        Assert.Equal(matches, result.Matched);
    }
}
