using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class DateRuleTests
{
    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("1999-12-31")]
    public void Match_DefaultFormatValidDate_Matches(string date)
    {
        var result = Exchange.ResponseBody("""{"dob": "2000-01-01"}""", $$"""{"dob": "{{date}}"}""", ("$.dob", new DateRule()));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-2-29")]
    [InlineData("29/02/2024")]
    [InlineData("2024-02-29T10:00:00")]
    [InlineData("")]
    public void Match_DefaultFormatInvalidDate_ReportsTheDefaultPattern(string date)
    {
        var result = Exchange.ResponseBody("""{"dob": "2000-01-01"}""", $$"""{"dob": "{{date}}"}""", ("$.dob", new DateRule()));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.dob");
        Assert.Equal($"Expected '{date}' to match a date pattern of 'yyyy-MM-dd'", mismatch.Message);
    }

    [Theory]
    [InlineData("29/02/2024", true)]
    [InlineData("01/12/1999", true)]
    [InlineData("2024-02-29", false)]
    [InlineData("31/04/2024", false)]
    public void Match_CustomFormat_UsesIt(string date, bool matches)
    {
        var result = Exchange.ResponseBody("""{"dob": "01/01/2000"}""", $$"""{"dob": "{{date}}"}""", ("$.dob", new DateRule("dd/MM/yyyy")));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Body, "$.dob", $"'{date}'", "date pattern of 'dd/MM/yyyy'");
        }
    }

    [Fact]
    public void Match_InvalidPattern_ReportsThePatternAndTheProblem()
    {
        var result = Exchange.ResponseBody("""{"dob": "2000-01-01"}""", """{"dob": "2000-01-01"}""", ("$.dob", new DateRule("yyyy-bb")));

        MatchAssert.Single(result, MismatchPart.Body, "$.dob", "'yyyy-bb' is not a valid date pattern", "'b'");
    }

    [Theory]
    [InlineData("2024-07-01", true)]
    [InlineData("2024-07-32", false)]
    [InlineData("July 1st", false)]
    public void Match_QueryParameter_ChecksTheDate(string from, bool matches)
    {
        var result = Exchange.Query("from=2024-01-01", $"from={from}", ("from", new DateRule()));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Query, "from", $"'{from}'");
        }
    }

    [Fact]
    public void Match_XmlAttribute_ChecksTheDate()
    {
        var result = Exchange.ResponseXml(
            """<invoice issued="2024-01-31"/>""",
            """<invoice issued="2024-02-30"/>""",
            ("$.invoice['@issued']", new DateRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.invoice['@issued']", "'2024-02-30'");
    }
}
