using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class DecimalRuleTests
{
    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.25")]
    [InlineData("100.0")]
    [InlineData("1.5e2")]
    public void Match_JsonNumberWithFraction_Matches(string price)
    {
        var result = Exchange.ResponseBody("""{"price": 9.99}""", $$"""{"price": {{price}}}""", ("$.price", new DecimalRule()));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("100", "100 (Integer)")]
    [InlineData("\"1.5\"", "'1.5' (String)")]
    [InlineData("null", "null (Null)")]
    [InlineData("false", "false (Boolean)")]
    public void Match_OtherJsonValue_ReportsNotADecimal(string price, string shown)
    {
        var result = Exchange.ResponseBody("""{"price": 9.99}""", $$"""{"price": {{price}}}""", ("$.price", new DecimalRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.price", shown, "to be a decimal number");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("-0.5")]
    [InlineData("100")]
    [InlineData("2.5e-3")]
    public void Match_QueryParameterReadingAsNumber_Matches(string amount)
    {
        var result = Exchange.Query("amount=9.99", $"amount={amount}", ("amount", new DecimalRule()));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("abc")]
    [InlineData("NaN")]
    [InlineData("")]
    public void Match_QueryParameterNotANumber_ReportsMismatch(string amount)
    {
        var result = Exchange.Query("amount=9.99", $"amount={amount}", ("amount", new DecimalRule()));

        MatchAssert.Single(result, MismatchPart.Query, "amount", $"'{amount}'", "to match a decimal number");
    }
}
