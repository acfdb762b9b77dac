using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class BooleanRuleTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("\"true\"")]
    [InlineData("\"false\"")]
    public void Match_JsonBooleanOrItsText_Matches(string active)
    {
        var result = Exchange.ResponseBody("""{"active": true}""", $$"""{"active": {{active}}}""", ("$.active", new BooleanRule()));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("1", "1 (Integer)")]
    [InlineData("0", "0 (Integer)")]
    [InlineData("\"yes\"", "'yes' (String)")]
    [InlineData("\"TRUE\"", "'TRUE' (String)")]
    [InlineData("null", "null (Null)")]
    public void Match_OtherJsonValue_ReportsNotABoolean(string active, string shown)
    {
        var result = Exchange.ResponseBody("""{"active": true}""", $$"""{"active": {{active}}}""", ("$.active", new BooleanRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.active", shown, "to match a boolean");
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", true)]
    [InlineData("True", false)]
    [InlineData("1", false)]
    [InlineData("", false)]
    public void Match_QueryParameter_AcceptsOnlyTrueAndFalse(string includeArchived, bool matches)
    {
        var result = Exchange.Query("archived=false", $"archived={includeArchived}", ("archived", new BooleanRule()));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Query, "archived", $"'{includeArchived}'", "to match a boolean");
        }
    }

    [Fact]
    public void Match_Header_AcceptsBooleanText()
    {
        var result = Exchange.Header("X-Dry-Run", "false", "true", ("X-Dry-Run", new BooleanRule()));

        MatchAssert.Matched(result);
    }
}
