using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class RegexRuleTests
{
    private const string OrderId = @"ORD-\d{4}";

    [Theory]
    [InlineData("ORD-0001")]
    [InlineData("ORD-9876")]
    public void Match_BodyValueMatchingTheWholePattern_Matches(string orderId)
    {
        var result = Exchange.ResponseBody("""{"orderId": "ORD-1234"}""", $$"""{"orderId": "{{orderId}}"}""", ("$.orderId", new RegexRule(OrderId)));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("ORD-12345")]
    [InlineData("XORD-1234")]
    [InlineData("ord-1234")]
    [InlineData("ORD-1234 ")]
    [InlineData("ORD-1234\\n")]
    [InlineData("")]
    public void Match_BodyValueMatchingOnlyPartly_ReportsMismatch(string orderId)
    {
        var result = Exchange.ResponseBody("""{"orderId": "ORD-1234"}""", $$"""{"orderId": "{{orderId}}"}""", ("$.orderId", new RegexRule(OrderId)));

        MatchAssert.Single(result, MismatchPart.Body, "$.orderId", "to match", OrderId);
    }

    [Theory]
    [InlineData("red", true)]
    [InlineData("blue", true)]
    [InlineData("reddish", false)]
    [InlineData("dark blue", false)]
    public void Match_Alternation_AppliesToTheWholeValue(string colour, bool matches)
    {
        var result = Exchange.ResponseBody("""{"colour": "red"}""", $$"""{"colour": "{{colour}}"}""", ("$.colour", new RegexRule("red|blue")));

        Assert.Equal(matches, result.Matched);
    }

    [Fact]
    public void Match_MismatchMessage_QuotesTheActualValueAndThePattern()
    {
        var result = Exchange.ResponseBody("""{"orderId": "ORD-1234"}""", """{"orderId": "ORD-12"}""", ("$.orderId", new RegexRule(OrderId)));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.orderId");
        Assert.Equal($"Expected 'ORD-12' to match '{OrderId}'", mismatch.Message);
    }

    [Theory]
    [InlineData("42", true)]
    [InlineData("4.5", false)]
    [InlineData("true", false)]
    public void Match_NonStringBodyValue_MatchesItsJsonText(string count, bool matches)
    {
        var result = Exchange.ResponseBody("""{"count": 1}""", $$"""{"count": {{count}}}""", ("$.count", new RegexRule(@"\d+")));

        Assert.Equal(matches, result.Matched);
    }

    [Fact]
    public void Match_InvalidPattern_ReportsThePatternIsInvalid()
    {
        var result = Exchange.ResponseBody("""{"id": "1"}""", """{"id": "1"}""", ("$.id", new RegexRule("[0-9")));

        MatchAssert.Single(result, MismatchPart.Body, "$.id", "'[0-9' is not a valid regular expression");
    }

    [Fact]
    public void Match_RuleOnAnArray_AppliesToEveryItem()
    {
        var result = Exchange.ResponseBody(
            """{"skus": ["AB-1"]}""",
            """{"skus": ["XY-9", "bad", "CD-2"]}""",
            ("$.skus", new RegexRule(@"[A-Z]{2}-\d")));

        MatchAssert.Single(result, MismatchPart.Body, "$.skus[1]", "'bad'");
    }

    [Theory]
    [InlineData("/users/42", true)]
    [InlineData("/users/7", true)]
    [InlineData("/users/42/orders", false)]
    [InlineData("/users/abc", false)]
    public void Match_RequestPath_MatchesTheWholePath(string path, bool matches)
    {
        var result = Exchange.Path("/users/42", path, new RegexRule(@"/users/\d+"));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Path, string.Empty, path, @"/users/\d+");
        }
    }

    [Theory]
    [InlineData("2024-01", true)]
    [InlineData("2024-12", true)]
    [InlineData("2024-1", false)]
    [InlineData("x2024-01", false)]
    public void Match_QueryParameter_MatchesEachValue(string month, bool matches)
    {
        var result = Exchange.Query("month=2023-07", $"month={month}", ("month", new RegexRule(@"\d{4}-\d{2}")));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Query, "month", month);
        }
    }

    [Fact]
    public void Match_RepeatedQueryParameter_ReportsTheValueThatFails()
    {
        var result = Exchange.Query("id=1&id=2", "id=1&id=x&id=3", ("id", new RegexRule(@"\d+")));

        MatchAssert.Single(result, MismatchPart.Query, "id", "Expected 'x' to match");
    }

    [Theory]
    [InlineData("Bearer abc.def.ghi", true)]
    [InlineData("Basic dXNlcjpwYXNz", false)]
    [InlineData("bearer abc", false)]
    public void Match_Header_MatchesTheWholeValue(string authorization, bool matches)
    {
        var result = Exchange.Header("Authorization", "Bearer token", authorization, ("Authorization", new RegexRule(@"Bearer [\w.]+")));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Header, "Authorization", "Authorization", "to match");
        }
    }

    [Fact]
    public void Match_HeaderRuleNamedInOtherCase_StillApplies()
    {
        var result = Exchange.Header("X-Request-Id", "req-1", "not an id", ("x-request-id", new RegexRule(@"req-\d+")));

        MatchAssert.Single(result, MismatchPart.Header, "X-Request-Id", "'not an id'");
    }

    [Theory]
    [InlineData(201, true)]
    [InlineData(299, true)]
    [InlineData(404, false)]
    public void Match_Status_MatchesTheCodeAsText(int status, bool matches)
    {
        var result = Exchange.Status(200, status, new RegexRule(@"2\d\d"));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Status, string.Empty, $"'{status}'");
        }
    }

    [Fact]
    public void Match_XmlAttributeAndText_MatchEachAgainstItsRule()
    {
        var result = Exchange.ResponseXml(
            """<order id="ORD-1234"><status>SHIPPED</status></order>""",
            """<order id="ORD-99"><status>lost</status></order>""",
            ("$.order['@id']", new RegexRule(OrderId)),
            ("$.order.status['#text']", new RegexRule("[A-Z]+")));

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Body, "$.order['@id']", "'ORD-99'");
        MatchAssert.Includes(result, MismatchPart.Body, "$.order.status['#text']", "'lost'");
    }

    [Fact]
    public void Match_PlainTextBody_MatchesTheWholeText()
    {
        var expected = new HttpResponse { Body = BodyOf.Text("Hello, Ada"), MatchingRules = RuleSet.Of(MatchingRules.Body, ("$", new RegexRule(@"Hello, \w+"))) };

        var matching = PactMatcher.MatchResponse(expected, new HttpResponse { Body = BodyOf.Text("Hello, Grace") });
        var failing = PactMatcher.MatchResponse(expected, new HttpResponse { Body = BodyOf.Text("Hello, Grace!") });

        MatchAssert.Matched(matching);
        MatchAssert.Single(failing, MismatchPart.Body, "$", "'Hello, Grace!'");
    }
}
