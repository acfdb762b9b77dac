using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class EqualityRuleTests
{
    private const string Expected = """{"id": 1, "name": "Ada", "currency": "EUR", "limits": {"daily": 100}}""";

    private static readonly (string Path, MatchingRule Rule)[] TypeExceptCurrency = [("$", new TypeRule()), ("$.currency", new EqualityRule())];

    [Fact]
    public void Match_BelowACascadingTypeRule_ResetsToEquality()
    {
        var result = Exchange.ResponseBody(Expected, """{"id": 2, "name": "Grace", "currency": "USD", "limits": {"daily": 5}}""", TypeExceptCurrency);

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.currency");
        Assert.Equal("Expected 'USD' (String) to be equal to 'EUR' (String)", mismatch.Message);
    }

    [Fact]
    public void Match_BelowACascadingTypeRule_OtherValuesStillMatchByType()
    {
        var result = Exchange.ResponseBody(Expected, """{"id": 2, "name": "Grace", "currency": "EUR", "limits": {"daily": 5}}""", TypeExceptCurrency);

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_OnAnObjectBelowATypeRule_ResetsTheWholeSubtree()
    {
        var result = Exchange.ResponseBody(
            Expected,
            """{"id": 2, "name": "Grace", "currency": "EUR", "limits": {"daily": 5}}""",
            ("$", new TypeRule()),
            ("$.limits", new EqualityRule()));

        MatchAssert.Includes(result, MismatchPart.Body, "$.limits.daily", "5 (Integer)", "100 (Integer)");
    }

    [Theory]
    [InlineData("100.0")]
    [InlineData("\"100\"")]
    public void Match_IntegerAgainstDecimalOrString_IsNotEqual(string daily)
    {
        var result = Exchange.ResponseBody("""{"daily": 100}""", $$"""{"daily": {{daily}}}""", ("$.daily", new EqualityRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.daily", "to be equal to 100 (Integer)");
    }

    [Theory]
    [InlineData("gzip", true)]
    [InlineData("GZIP", false)]
    [InlineData("br", false)]
    public void Match_Header_ComparesTheTextExactly(string encoding, bool matches)
    {
        var result = Exchange.Header("Content-Encoding", "gzip", encoding, ("Content-Encoding", new EqualityRule()));

        Assert.Equal(matches, result.Matched);
    }

    [Fact]
    public void Match_Status_ComparesTheCode()
    {
        var result = Exchange.Status(201, 200, new EqualityRule());

        MatchAssert.Single(result, MismatchPart.Status, string.Empty, "Expected 200 to be equal to 201");
    }

    [Fact]
    public void Match_ListWithItemsWhereAnEmptyListIsExpected_ReportsMismatch()
    {
        var result = Exchange.ResponseBody("""{"tags": []}""", """{"tags": ["vip"]}""", ("$.tags", new EqualityRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.tags", "[\"vip\"]", "to be equal to []");
    }

    [Fact]
    public void Match_ListOfOtherItems_ReportsMismatch()
    {
        var result = Exchange.ResponseBody("""{"tags": ["new"]}""", """{"tags": ["new", "vip"]}""", ("$.tags", new EqualityRule()));

        MatchAssert.Includes(result, MismatchPart.Body, "$.tags", "to be equal to [\"new\"]");
    }
}
