using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class NumberRuleTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("-3")]
    [InlineData("1.5")]
    [InlineData("6.02e23")]
    public void Match_JsonNumber_Matches(string total)
    {
        var result = Exchange.ResponseBody("""{"total": 10}""", $$"""{"total": {{total}}}""", ("$.total", new NumberRule()));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("\"10\"", "'10' (String)")]
    [InlineData("true", "true (Boolean)")]
    [InlineData("null", "null (Null)")]
    public void Match_OtherJsonValue_ReportsNotANumber(string total, string shown)
    {
        var result = Exchange.ResponseBody("""{"total": 10}""", $$"""{"total": {{total}}}""", ("$.total", new NumberRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.total", shown, "to be a number");
    }

    [Theory]
    [InlineData("10", true)]
    [InlineData("-2.5", true)]
    [InlineData("-2e-3", true)]
    [InlineData("1.2.3", false)]
    [InlineData("ten", false)]
    [InlineData("NaN", false)]
    [InlineData("Infinity", false)]
    [InlineData("0x1A", false)]
    public void Match_QueryParameter_ReadsTheValueAsANumber(string limit, bool matches)
    {
        var result = Exchange.Query("limit=10", $"limit={limit}", ("limit", new NumberRule()));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Query, "limit", $"Expected '{limit}' to match a number");
        }
    }

    [Theory]
    [InlineData("3.5", true)]
    [InlineData("3.5 kg", false)]
    public void Match_Header_ReadsTheValueAsANumber(string weight, bool matches)
    {
        var result = Exchange.Header("X-Weight", "1.0", weight, ("X-Weight", new NumberRule()));

        Assert.Equal(matches, result.Matched);
    }
}
