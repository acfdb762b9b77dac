using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class IntegerRuleTests
{
    [Theory]
    [InlineData("42")]
    [InlineData("0")]
    [InlineData("-7")]
    [InlineData("12345678901234567890123")]
    public void Match_JsonInteger_Matches(string quantity)
    {
        var result = Exchange.ResponseBody("""{"quantity": 1}""", $$"""{"quantity": {{quantity}}}""", ("$.quantity", new IntegerRule()));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("4.2", "4.2 (Decimal)")]
    [InlineData("42.0", "42.0 (Decimal)")]
    [InlineData("\"42\"", "'42' (String)")]
    [InlineData("true", "true (Boolean)")]
    [InlineData("null", "null (Null)")]
    public void Match_OtherJsonValue_ReportsNotAnInteger(string quantity, string shown)
    {
        var result = Exchange.ResponseBody("""{"quantity": 1}""", $$"""{"quantity": {{quantity}}}""", ("$.quantity", new IntegerRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.quantity", shown, "to be an integer");
    }

    [Fact]
    public void Match_RuleOnAnArray_AppliesToEveryItem()
    {
        var result = Exchange.RequestBody("""{"ids": [1, 2]}""", """{"ids": [3, "4"]}""", ("$.ids", new IntegerRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.ids[1]", "'4' (String)");
    }

    [Theory]
    [InlineData("42")]
    [InlineData("-7")]
    [InlineData("%2B3")]
    [InlineData("98765432109876543210")]
    public void Match_QueryParameterOfDigits_Matches(string page)
    {
        var result = Exchange.Query("page=1", $"page={page}", ("page", new IntegerRule()));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("4.2")]
    [InlineData("1e3")]
    [InlineData("two")]
    [InlineData("%201")]
    [InlineData("")]
    public void Match_QueryParameterNotAnInteger_ReportsMismatch(string page)
    {
        var result = Exchange.Query("page=1", $"page={page}", ("page", new IntegerRule()));

        MatchAssert.Single(result, MismatchPart.Query, "page", "to match an integer number");
    }

    [Theory]
    [InlineData("3", true)]
    [InlineData("three", false)]
    public void Match_Header_ReadsTheValueAsText(string value, bool matches)
    {
        var result = Exchange.Header("X-Page", "1", value, ("X-Page", new IntegerRule()));

        Assert.Equal(matches, result.Matched);
    }
}
