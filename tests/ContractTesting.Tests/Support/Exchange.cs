using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;

namespace ContractTesting.Tests.Support;

/// <summary>
/// Runs <see cref="PactMatcher"/> on an expected and an actual value placed in one part of a request or response
/// (JSON body, query, header, path, status), with rules in that part's category.
/// </summary>
internal static class Exchange
{
    public static MatchResult ResponseBody(string expectedJson, string actualJson, params (string Path, MatchingRule Rule)[] rules) =>
        PactMatcher.MatchResponse(
            new HttpResponse { Body = BodyOf.Json(expectedJson), MatchingRules = RuleSet.Of(MatchingRules.Body, rules) },
            new HttpResponse { Body = BodyOf.Json(actualJson) });

    public static MatchResult RequestBody(string expectedJson, string actualJson, params (string Path, MatchingRule Rule)[] rules) =>
        PactMatcher.MatchRequest(
            new HttpRequest { Method = "POST", Body = BodyOf.Json(expectedJson), MatchingRules = RuleSet.Of(MatchingRules.Body, rules) },
            new HttpRequest { Method = "POST", Body = BodyOf.Json(actualJson) });

    public static MatchResult ResponseXml(string expectedXml, string actualXml, params (string Path, MatchingRule Rule)[] rules) =>
        PactMatcher.MatchResponse(
            new HttpResponse { Body = BodyOf.Xml(expectedXml), MatchingRules = RuleSet.Of(MatchingRules.Body, rules) },
            new HttpResponse { Body = BodyOf.Xml(actualXml) });

    public static MatchResult Query(string expected, string actual, params (string Path, MatchingRule Rule)[] rules) =>
        PactMatcher.MatchRequest(
            new HttpRequest { Path = "/orders", Query = QueryCollection.Parse(expected), MatchingRules = RuleSet.Of(MatchingRules.Query, rules) },
            new HttpRequest { Path = "/orders", Query = QueryCollection.Parse(actual) });

    public static MatchResult Header(string name, string expected, string actual, params (string Path, MatchingRule Rule)[] rules) =>
        PactMatcher.MatchRequest(
            new HttpRequest { Headers = Http.Headers((name, expected)), MatchingRules = RuleSet.Of(MatchingRules.Header, rules) },
            new HttpRequest { Headers = Http.Headers((name, actual)) });

    public static MatchResult Path(string expected, string actual, MatchingRule rule) =>
        PactMatcher.MatchRequest(
            new HttpRequest { Path = expected, MatchingRules = RuleSet.Of(MatchingRules.Path, (string.Empty, rule)) },
            new HttpRequest { Path = actual });

    public static MatchResult Status(int expected, int actual, MatchingRule rule) =>
        PactMatcher.MatchResponse(
            new HttpResponse { Status = expected, MatchingRules = RuleSet.Of(MatchingRules.Status, (string.Empty, rule)) },
            new HttpResponse { Status = actual });
}
