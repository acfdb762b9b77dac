using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class TimeRuleTests
{
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("23:59:59")]
    public void Match_DefaultFormatValidTime_Matches(string time)
    {
        var result = Exchange.ResponseBody("""{"opensAt": "09:00:00"}""", $$"""{"opensAt": "{{time}}"}""", ("$.opensAt", new TimeRule()));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("24:00:00")]
    [InlineData("9:00:00")]
    [InlineData("09:00")]
    [InlineData("09:60:00")]
    public void Match_DefaultFormatInvalidTime_ReportsTheDefaultPattern(string time)
    {
        var result = Exchange.ResponseBody("""{"opensAt": "09:00:00"}""", $$"""{"opensAt": "{{time}}"}""", ("$.opensAt", new TimeRule()));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.opensAt");
        Assert.Equal($"Expected '{time}' to match a time pattern of 'HH:mm:ss'", mismatch.Message);
    }

    [Theory]
    [InlineData("9:05 PM", true)]
    [InlineData("12:00 AM", true)]
    [InlineData("21:05", false)]
    [InlineData("13:05 PM", false)]
    public void Match_CustomFormat_UsesIt(string time, bool matches)
    {
        var result = Exchange.ResponseBody("""{"opensAt": "9:00 AM"}""", $$"""{"opensAt": "{{time}}"}""", ("$.opensAt", new TimeRule("h:mm a")));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Body, "$.opensAt", $"'{time}'", "time pattern of 'h:mm a'");
        }
    }

    [Fact]
    public void Match_InvalidPattern_ReportsThePatternAndTheProblem()
    {
        var result = Exchange.ResponseBody("""{"opensAt": "09:00:00"}""", """{"opensAt": "09:00:00"}""", ("$.opensAt", new TimeRule("HH:mm:sss")));

        MatchAssert.Single(result, MismatchPart.Body, "$.opensAt", "'HH:mm:sss' is not a valid time pattern");
    }

    [Theory]
    [InlineData("18:30:00", true)]
    [InlineData("6:30pm", false)]
    public void Match_Header_ChecksTheTime(string value, bool matches)
    {
        var result = Exchange.Header("X-Cutoff", "17:00:00", value, ("X-Cutoff", new TimeRule()));

        Assert.Equal(matches, result.Matched);
    }
}
