using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class IncludeRuleTests
{
    [Theory]
    [InlineData("Order 42 shipped")]
    [InlineData("shipped")]
    [InlineData("was shipped today")]
    public void Match_ValueContainingTheText_Matches(string status)
    {
        var result = Exchange.ResponseBody("""{"status": "Order 1 shipped"}""", $$"""{"status": "{{status}}"}""", ("$.status", new IncludeRule("shipped")));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("Order 42 SHIPPED")]
    [InlineData("ship")]
    [InlineData("")]
    public void Match_ValueWithoutTheText_ReportsMismatch(string status)
    {
        var result = Exchange.ResponseBody("""{"status": "Order 1 shipped"}""", $$"""{"status": "{{status}}"}""", ("$.status", new IncludeRule("shipped")));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.status");
        Assert.Equal($"Expected '{status}' to include 'shipped'", mismatch.Message);
    }

    [Fact]
    public void Match_Number_LooksAtItsText()
    {
        var result = Exchange.ResponseBody("""{"code": 1200}""", """{"code": 3400}""", ("$.code", new IncludeRule("00")));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("nginx/1.25.3", true)]
    [InlineData("Apache/2.4", false)]
    public void Match_Header_LooksForTheText(string server, bool matches)
    {
        var result = Exchange.Header("Server", "nginx/1.0", server, ("Server", new IncludeRule("nginx")));

        Assert.Equal(matches, result.Matched);
    }

    [Theory]
    [InlineData("max-age=60, must-revalidate", false)]
    [InlineData("max-age=60, max-age=10", true)]
    public void Match_ListValuedHeader_AppliesToEachValue(string cacheControl, bool matches)
    {
        var result = Exchange.Header("Cache-Control", "max-age=3600", cacheControl, ("Cache-Control", new IncludeRule("max-age")));

        Assert.Equal(matches, result.Matched);
    }

    [Fact]
    public void Match_PlainTextBody_LooksForTheText()
    {
        var expected = new HttpResponse { Body = BodyOf.Text("Welcome back, Ada"), MatchingRules = RuleSet.Of(MatchingRules.Body, ("$", new IncludeRule("Welcome"))) };

        var result = PactMatcher.MatchResponse(expected, new HttpResponse { Body = BodyOf.Text("Goodbye, Ada") });

        MatchAssert.Single(result, MismatchPart.Body, "$", "'Goodbye, Ada'", "to include 'Welcome'");
    }
}
