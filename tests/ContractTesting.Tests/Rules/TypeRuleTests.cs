using ContractTesting.Matching;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class TypeRuleTests
{
    [Theory]
    [InlineData("\"Ada\"", "\"Grace\"")]
    [InlineData("\"Ada\"", "\"\"")]
    [InlineData("1", "250")]
    [InlineData("1", "2.5")]
    [InlineData("1.5", "7")]
    [InlineData("true", "false")]
    [InlineData("null", "null")]
    [InlineData("{\"a\": 1}", "{\"a\": 2}")]
    [InlineData("[1]", "[2, 3]")]
    [InlineData("[1]", "[]")]
    public void Match_SameJsonType_Matches(string expected, string actual)
    {
        var result = Exchange.ResponseBody($$"""{"value": {{expected}}}""", $$"""{"value": {{actual}}}""", ("$.value", new TypeRule()));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("\"1\"", "1")]
    [InlineData("1", "\"1\"")]
    [InlineData("1.5", "\"1.5\"")]
    [InlineData("true", "\"true\"")]
    [InlineData("true", "1")]
    [InlineData("\"Ada\"", "null")]
    [InlineData("null", "\"Ada\"")]
    [InlineData("0", "null")]
    [InlineData("{\"a\": 1}", "[1]")]
    [InlineData("[1]", "{\"a\": 1}")]
    [InlineData("{\"a\": 1}", "\"a\"")]
    [InlineData("\"a\"", "{\"a\": 1}")]
    public void Match_DifferentJsonType_ReportsMismatch(string expected, string actual)
    {
        var result = Exchange.ResponseBody($$"""{"value": {{expected}}}""", $$"""{"value": {{actual}}}""", ("$.value", new TypeRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.value", "to be the same type as");
    }

    [Fact]
    public void Match_DifferentType_MessageNamesBothValuesAndTypes()
    {
        var result = Exchange.ResponseBody("""{"id": 42}""", """{"id": "42"}""", ("$.id", new TypeRule()));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.id");
        Assert.Equal("Expected '42' (String) to be the same type as 42 (Integer)", mismatch.Message);
    }

    [Fact]
    public void Match_RuleAtRoot_CascadesToEveryValue()
    {
        var expected = """{"id": 1, "name": "Ada", "tags": ["admin"], "address": {"city": "London"}}""";
        var actual = """{"id": 2, "name": "Grace", "tags": ["dev", "ops"], "address": {"city": "Arlington"}}""";

        var result = Exchange.ResponseBody(expected, actual, ("$", new TypeRule()));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_RuleAtRoot_ReportsNestedValueOfAnotherType()
    {
        var expected = """{"id": 1, "address": {"city": "London", "zip": "N1"}}""";
        var actual = """{"id": 2, "address": {"city": "Arlington", "zip": 22201}}""";

        var result = Exchange.ResponseBody(expected, actual, ("$", new TypeRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.address.zip", "22201 (Integer)", "'N1' (String)");
    }

    [Fact]
    public void Match_ArrayItems_EachComparedWithTheFirstExpectedItem()
    {
        var expected = """{"items": [{"sku": "A1", "qty": 1}]}""";
        var actual = """{"items": [{"sku": "B2", "qty": 5}, {"sku": "C3", "qty": 2}, {"sku": "D4", "qty": "many"}]}""";

        var result = Exchange.ResponseBody(expected, actual, ("$.items", new TypeRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.items[2].qty", "'many' (String)", "1 (Integer)");
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(0, false)]
    public void Match_MinAndMax_CheckTheActualSize(int count, bool matches)
    {
        var actual = $$"""{"items": [{{string.Join(", ", Enumerable.Repeat("\"x\"", count))}}]}""";

        var result = Exchange.ResponseBody("""{"items": ["a"]}""", actual, ("$.items", new TypeRule(Min: 1, Max: 3)));

        Assert.Equal(matches, result.Matched);
    }

    [Fact]
    public void Match_FewerThanMin_ReportsMinimumSize()
    {
        var result = Exchange.ResponseBody("""{"items": [1, 2]}""", """{"items": [7]}""", ("$.items", new TypeRule(Min: 2)));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.items");
        Assert.Equal("Expected [7] (size 1) to have minimum size of 2", mismatch.Message);
    }

    [Fact]
    public void Match_MoreThanMax_ReportsMaximumSize()
    {
        var result = Exchange.ResponseBody("""{"items": [1]}""", """{"items": [1, 2, 3]}""", ("$.items", new TypeRule(Max: 2)));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.items");
        Assert.Equal("Expected [1, 2, 3] (size 3) to have maximum size of 2", mismatch.Message);
    }

    [Fact]
    public void Match_MinWithAnEmptyExample_StillChecksTheActualSize()
    {
        var result = Exchange.ResponseBody("""{"items": []}""", """{"items": []}""", ("$.items", new TypeRule(Min: 1)));

        MatchAssert.Single(result, MismatchPart.Body, "$.items", "(size 0)", "minimum size of 1");
    }

    [Fact]
    public void Match_MinOnRequestBody_AppliesLikeOnResponses()
    {
        var result = Exchange.RequestBody("""{"ids": [1, 2]}""", """{"ids": [9]}""", ("$.ids", new TypeRule(Min: 2)));

        MatchAssert.Single(result, MismatchPart.Body, "$.ids", "minimum size of 2");
    }

    [Fact]
    public void Match_MaxOnOuterList_DoesNotLimitNestedLists()
    {
        var expected = """{"orders": [{"lines": [1]}]}""";
        var actual = """{"orders": [{"lines": [1, 2, 3, 4]}]}""";

        var result = Exchange.ResponseBody(expected, actual, ("$.orders", new TypeRule(Max: 2)));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("ids=1&ids=2&ids=3", true)]
    [InlineData("ids=1", false)]
    public void Match_MinOnRepeatedQueryParameter_CountsTheValues(string actual, bool matches)
    {
        var result = Exchange.Query("ids=1&ids=2", actual, ("ids", new TypeRule(Min: 2)));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Query, "ids", "minimum size of 2");
        }
    }

    [Fact]
    public void Match_Header_AcceptsAnyText()
    {
        var result = Exchange.Header("X-Trace", "abc-123", "anything at all", ("X-Trace", new TypeRule()));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_XmlRepeatedElements_ComparedByTypeWithTheFirst()
    {
        var result = Exchange.ResponseXml(
            """<people><person name="Ada" age="36"/></people>""",
            """<people><person name="Grace" age="85"/><person name="Alan" age="41"/></people>""",
            ("$.people.person", new TypeRule()));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_XmlMinChildren_ReportsTooFewChildren()
    {
        var result = Exchange.ResponseXml(
            """<animals><alligator name="Mary"/><alligator name="Ann"/></animals>""",
            """<animals><alligator name="Mary"/></animals>""",
            ("$.animals", new TypeRule(Min: 2)));

        MatchAssert.Single(result, MismatchPart.Body, "$.animals", "<animals>", "at least 2 children");
    }
}
