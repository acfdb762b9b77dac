using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class EachKeyRuleTests
{
    private const string Expected = """{"prices": {"EUR": 10}}""";

    private static readonly (string Path, MatchingRule Rule) CurrencyKeys = ("$.prices", new EachKeyRule([new RegexRule("[A-Z]{3}")]));

    [Fact]
    public void Match_EveryKeyMatches_Matches()
    {
        var result = Exchange.RequestBody(Expected, """{"prices": {"EUR": 10, "USD": 12, "GBP": 9}}""", CurrencyKeys);

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_KeyNotMatching_ReportsItAtTheKeysPath()
    {
        var result = Exchange.RequestBody(Expected, """{"prices": {"EUR": 10, "usd": 12}}""", CurrencyKeys);

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.prices.usd");
        Assert.Equal("usd", mismatch.Actual);
        Assert.Equal("Expected 'usd' to match '[A-Z]{3}'", mismatch.Message);
    }

    [Fact]
    public void Match_SeveralKeysNotMatching_ReportsEachKey()
    {
        var result = Exchange.ResponseBody(Expected, """{"prices": {"EUR": 10, "euro": 11, "US$": 12}}""", CurrencyKeys);

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Body, "$.prices.euro", "'euro'");
        MatchAssert.Includes(result, MismatchPart.Body, "$.prices['US$']", "'US$'");
    }

    [Fact]
    public void Match_SeveralKeyRules_AllMustPass()
    {
        var rule = new EachKeyRule([new RegexRule("[a-z_]+"), new IncludeRule("_id")]);

        var result = Exchange.ResponseBody("""{"refs": {"user_id": 1}}""", """{"refs": {"order_id": 2, "order": 3}}""", ("$.refs", rule));

        MatchAssert.Single(result, MismatchPart.Body, "$.refs.order", "to include '_id'");
    }

    [Fact]
    public void Match_WithEachValueAtTheSamePath_ChecksKeysAndValues()
    {
        var rules = new RuleList([new EachKeyRule([new RegexRule("[A-Z]{3}")]), new EachValueRule([new NumberRule()])]);
        var expected = new HttpRequest { Method = "POST", Body = BodyOf.Json(Expected), MatchingRules = RuleSet.Of(MatchingRules.Body, ("$.prices", rules)) };

        var result = PactMatcher.MatchRequest(expected, new HttpRequest { Method = "POST", Body = BodyOf.Json("""{"prices": {"GBP": 8, "usd": 12, "JPY": "many"}}""") });

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Body, "$.prices.usd", "Expected 'usd' to match '[A-Z]{3}'");
        MatchAssert.Includes(result, MismatchPart.Body, "$.prices.JPY", "'many' (String)", "to be a number");
    }
}
