using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class RuleListTests
{
    [Theory]
    [InlineData("\"Ann\"")]
    [InlineData("null")]
    public void Match_OrListWithOnePassingRule_Matches(string middleName)
    {
        var result = Match(new RuleList([new NullRule(), new TypeRule()], RuleLogic.Or), $$"""{"middleName": {{middleName}}}""");

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_OrListWithNoPassingRule_ReportsEveryRulesFailure()
    {
        var result = Match(new RuleList([new NullRule(), new TypeRule()], RuleLogic.Or), """{"middleName": 5}""");

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Body, "$.middleName", "to be a null value");
        MatchAssert.Includes(result, MismatchPart.Body, "$.middleName", "to be the same type as");
    }

    [Fact]
    public void Match_AndListWithOneFailingRule_ReportsThatRule()
    {
        var result = Match(new RuleList([new TypeRule(), new RegexRule("[A-Z][a-z]+")]), """{"middleName": "ann"}""");

        MatchAssert.Single(result, MismatchPart.Body, "$.middleName", "'ann'", "[A-Z][a-z]+");
    }

    [Fact]
    public void Match_AndListWithEveryRulePassing_Matches()
    {
        var result = Match(new RuleList([new TypeRule(), new RegexRule("[A-Z][a-z]+")]), """{"middleName": "Ann"}""");

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_AndListWithEveryRuleFailing_ReportsEachFailure()
    {
        var result = Match(new RuleList([new RegexRule("[A-Z][a-z]+"), new IncludeRule("nn")]), """{"middleName": "bob"}""");

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Body, "$.middleName", "to match");
        MatchAssert.Includes(result, MismatchPart.Body, "$.middleName", "to include 'nn'");
    }

    [Theory]
    [InlineData("8080", true)]
    [InlineData("auto", true)]
    [InlineData("eighty", false)]
    public void Match_OrListOnQueryParameter_AcceptsEitherRule(string port, bool matches)
    {
        var expected = new HttpRequest
        {
            Query = QueryCollection.Parse("port=80"),
            MatchingRules = RuleSet.Of(MatchingRules.Query, ("port", new RuleList([new IntegerRule(), new RegexRule("auto")], RuleLogic.Or))),
        };

        var result = PactMatcher.MatchRequest(expected, new HttpRequest { Query = QueryCollection.Parse($"port={port}") });

        Assert.Equal(matches, result.Matched);
    }

    [Theory]
    [InlineData(new[] { "1", "2" }, true)]
    [InlineData(new[] { "1", "2", "3" }, true)]
    [InlineData(new[] { "1" }, false)]
    public void Match_OrListOnArray_PassesWhenOneRuleAcceptsTheList(string[] ids, bool matches)
    {
        var rules = new RuleList([new TypeRule(Min: 2, Max: 2), new TypeRule(Min: 3)], RuleLogic.Or);
        var expected = new HttpResponse { Body = BodyOf.Json("""{"ids": [1, 2]}"""), MatchingRules = RuleSet.Of(MatchingRules.Body, ("$.ids", rules)) };

        var result = PactMatcher.MatchResponse(expected, new HttpResponse { Body = BodyOf.Json($$"""{"ids": [{{string.Join(", ", ids)}}]}""") });

        Assert.Equal(matches, result.Matched);
    }

    private static MatchResult Match(RuleList rules, string actual) =>
        PactMatcher.MatchResponse(
            new HttpResponse { Body = BodyOf.Json("""{"middleName": "Ann"}"""), MatchingRules = RuleSet.Of(MatchingRules.Body, ("$.middleName", rules)) },
            new HttpResponse { Body = BodyOf.Json(actual) });
}
