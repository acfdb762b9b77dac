using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Matching;

public sealed partial class PactMatcherRequestTests
{
    private const string User = """{"id": 42, "name": "Ada", "address": {"city": "London"}}""";

    [Fact]
    public void MatchRequest_EqualJsonInOtherKeyOrder_Matches()
    {
        var result = MatchBody(BodyOf.Json(User), BodyOf.Json("""{"address": {"city": "London"}, "name": "Ada", "id": 42}"""));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_UnexpectedKey_ReportsTheKeys()
    {
        var result = MatchBody(BodyOf.Json(User), BodyOf.Json("""{"id": 42, "name": "Ada", "role": "admin", "address": {"city": "London"}}"""));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$");
        Assert.Equal("Expected a Map with keys [address, id, name] but received one with keys [address, id, name, role]", mismatch.Message);
    }

    [Fact]
    public void MatchRequest_UnexpectedNestedKey_ReportsItsMap()
    {
        var result = MatchBody(BodyOf.Json(User), BodyOf.Json("""{"id": 42, "name": "Ada", "address": {"city": "London", "zip": "N1"}}"""));

        MatchAssert.Single(result, MismatchPart.Body, "$.address", "keys [city]", "keys [city, zip]");
    }

    [Fact]
    public void MatchRequest_MissingKey_ReportsTheKeys()
    {
        var result = MatchBody(BodyOf.Json(User), BodyOf.Json("""{"id": 42, "address": {"city": "London"}}"""));

        MatchAssert.Single(result, MismatchPart.Body, "$", "keys [address, id, name]", "keys [address, id]");
    }

    [Fact]
    public void MatchRequest_EmptyMapExpected_ReportsAnyKey()
    {
        var result = MatchBody(BodyOf.Json("""{"filter": {}}"""), BodyOf.Json("""{"filter": {"status": "open"}}"""));

        MatchAssert.Single(result, MismatchPart.Body, "$.filter", "Expected an empty Map");
    }

    [Fact]
    public void MatchRequest_OtherValue_ReportsItsPathAndBothValues()
    {
        var result = MatchBody(BodyOf.Json(User), BodyOf.Json("""{"id": 42, "name": "Bob", "address": {"city": "London"}}"""));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.name");
        Assert.Equal("Expected 'Bob' (String) to be equal to 'Ada' (String)", mismatch.Message);
        Assert.Equal("\"Ada\"", mismatch.Expected);
        Assert.Equal("\"Bob\"", mismatch.Actual);
    }

    [Fact]
    public void MatchRequest_ListInOtherOrder_ReportsEachIndex()
    {
        var result = MatchBody(BodyOf.Json("""{"ids": [1, 2]}"""), BodyOf.Json("""{"ids": [2, 1]}"""));

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Body, "$.ids[0]", "Expected 2 (Integer) to be equal to 1 (Integer)");
        MatchAssert.Includes(result, MismatchPart.Body, "$.ids[1]", "Expected 1 (Integer) to be equal to 2 (Integer)");
    }

    [Fact]
    public void MatchRequest_LongerList_ReportsTheLengths()
    {
        var result = MatchBody(BodyOf.Json("""{"ids": [1, 2]}"""), BodyOf.Json("""{"ids": [1, 2, 3]}"""));

        MatchAssert.Single(result, MismatchPart.Body, "$.ids", "Expected a List with 2 elements but received 3 elements");
    }

    [Fact]
    public void MatchRequest_ShorterList_ReportsTheMissingItem()
    {
        var result = MatchBody(BodyOf.Json("""{"ids": [1, 2]}"""), BodyOf.Json("""{"ids": [1]}"""));

        MatchAssert.Includes(result, MismatchPart.Body, "$.ids", "Expected 2 but was missing");
    }

    [Theory]
    [InlineData("missing", "missing", true)]
    [InlineData("missing", "empty", true)]
    [InlineData("missing", "json", true)]
    [InlineData("empty", "missing", true)]
    [InlineData("empty", "empty", true)]
    [InlineData("empty", "json", false)]
    [InlineData("null", "missing", true)]
    [InlineData("null", "json", false)]
    [InlineData("json", "json", true)]
    [InlineData("json", "missing", false)]
    [InlineData("json", "empty", false)]
    [InlineData("json", "null", false)]
    public void MatchRequest_BodyStates_CompareByState(string expected, string actual, bool matches)
    {
        var result = MatchBody(State(expected), State(actual));

        Assert.Equal(matches, result.Matched);
    }

    [Theory]
    [InlineData("missing", "but was missing")]
    [InlineData("empty", "but was empty")]
    public void MatchRequest_ExpectedBodyAbsent_ReportsHowItWasAbsent(string actual, string words)
    {
        var result = MatchBody(BodyOf.Json(User), State(actual));

        MatchAssert.Single(result, MismatchPart.Body, "$", words);
    }

    [Fact]
    public void MatchRequest_EmptyBodyExpectedButContentReceived_ReportsIt()
    {
        var result = MatchBody(Body.Empty, BodyOf.Json(User));

        MatchAssert.Single(result, MismatchPart.Body, "$", "Expected an empty body");
    }

    [Fact]
    public void MatchRequest_JsonExpectedTextReceived_ReportsTheContentTypes()
    {
        var result = MatchBody(BodyOf.Json(User), BodyOf.Text("Ada"));

        var mismatch = MatchAssert.Single(result, MismatchPart.BodyContentType, string.Empty);
        Assert.Equal("Expected a body of 'application/json' but the actual content type was 'text/plain'", mismatch.Message);
    }

    [Fact]
    public void MatchRequest_JsonSuffixType_ComparesAsJson()
    {
        var actual = Body.FromText("""{"id": 42, "name": "Bob", "address": {"city": "London"}}""", ContentType.Parse("application/vnd.users+json"));

        var result = MatchBody(BodyOf.Json(User), actual);

        MatchAssert.Single(result, MismatchPart.Body, "$.name", "'Bob'");
    }

    [Fact]
    public void MatchRequest_ContentTypeFromHeaders_IsUsedForBothBodies()
    {
        var expected = new HttpRequest { Method = "POST", Headers = Http.Headers(("Content-Type", "application/json")), Body = Body.FromText(User) };
        var actual = expected with { Body = Body.FromText("""{"id": 42, "name": "Ada", "address": {"city": "Paris"}}""") };

        var result = PactMatcher.MatchRequest(expected, actual);

        MatchAssert.Single(result, MismatchPart.Body, "$.address.city", "'Paris'");
    }

    [Fact]
    public void MatchRequest_OtherContentTypeButNoExpectedBody_Matches()
    {
        var result = MatchBody(Body.Missing, BodyOf.Text("anything"));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_ActualBodyNotJson_ReportsTheParseError()
    {
        var result = MatchBody(BodyOf.Json(User), BodyOf.Json("""{"id": 42, "name": """));

        MatchAssert.Single(result, MismatchPart.Body, "$", "Failed to parse the actual body as JSON");
    }

    [Fact]
    public void MatchRequest_ExpectedBodyNotJson_ReportsTheParseError()
    {
        var result = MatchBody(BodyOf.Json("{id: 42,,}"), BodyOf.Json(User));

        MatchAssert.Single(result, MismatchPart.Body, "$", "Failed to parse the expected body as JSON");
    }

    [Fact]
    public void MatchRequest_JsonWithTrailingContent_ReportsTheParseError()
    {
        var result = MatchBody(BodyOf.Json(User), BodyOf.Json(User + " {}"));

        MatchAssert.Single(result, MismatchPart.Body, "$", "Failed to parse the actual body as JSON");
    }

    [Fact]
    public void MatchRequest_SamePlainText_Matches()
    {
        var result = MatchBody(BodyOf.Text("hello"), Body.FromText("hello", ContentType.Parse("text/plain; charset=utf-8")));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_OtherPlainText_ReportsBothTexts()
    {
        var result = MatchBody(BodyOf.Text("hello"), BodyOf.Text("hullo"));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$");
        Assert.Equal("Expected body 'hello' to match 'hullo' using equality but did not match", mismatch.Message);
    }

    [Fact]
    public void MatchRequest_SameBinary_Matches()
    {
        var image = TestFiles.Fixture("rat.jpg");

        var result = MatchBody(BodyOf.Binary(image, "image/jpeg"), BodyOf.Binary([.. image], "image/jpeg"));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_OtherBinary_ReportsInequality()
    {
        var result = MatchBody(BodyOf.Binary(TestFiles.Fixture("rat.jpg"), "image/jpeg"), BodyOf.Binary(TestFiles.Fixture("spider.jpg"), "image/jpeg"));

        MatchAssert.Single(result, MismatchPart.Body, "$", "is not equal to the expected body", "image/jpeg");
    }

    [Fact]
    public void MatchRequest_SameFormFieldsInOtherOrder_Matches()
    {
        var result = MatchBody(BodyOf.Form("sku=A1&qty=2&note=gift+wrap"), BodyOf.Form("qty=2&note=gift%20wrap&sku=A1"));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_FormFieldDiffering_ReportsTheField()
    {
        var result = MatchBody(BodyOf.Form("sku=A1&qty=2"), BodyOf.Form("sku=A1&qty=3"));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.qty");
        Assert.Equal("Expected form post parameter 'qty' with value '2' but was '3'", mismatch.Message);
    }

    [Fact]
    public void MatchRequest_FormFieldMissingOrUnexpected_ReportsEachField()
    {
        var result = MatchBody(BodyOf.Form("sku=A1&qty=2"), BodyOf.Form("sku=A1&coupon=FREE"));

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Body, "$.qty", "Expected form post parameter 'qty' but was missing");
        MatchAssert.Includes(result, MismatchPart.Body, "$.coupon", "Unexpected form post parameter 'coupon' received");
    }

    [Theory]
    [InlineData("sku=B7&qty=5", true)]
    [InlineData("sku=B7&qty=five", false)]
    public void MatchRequest_FormFieldRule_AppliesToTheField(string actual, bool matches)
    {
        var expected = new HttpRequest
        {
            Method = "POST",
            Body = BodyOf.Form("sku=A1&qty=2"),
            MatchingRules = RuleSet.Of(MatchingRules.Body, ("$.sku", new RegexRule("[A-Z]\\d")), ("$.qty", new IntegerRule())),
        };

        var result = PactMatcher.MatchRequest(expected, new HttpRequest { Method = "POST", Body = BodyOf.Form(actual) });

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Body, "$.qty", "'five'", "integer");
        }
    }

    private static MatchResult MatchBody(Body expected, Body actual) =>
        PactMatcher.MatchRequest(new HttpRequest { Method = "POST", Path = "/users", Body = expected }, new HttpRequest { Method = "POST", Path = "/users", Body = actual });

    private static Body State(string state) => state switch
    {
        "missing" => Body.Missing,
        "null" => Body.Null,
        "empty" => Body.Empty,
        _ => BodyOf.Json(User),
    };
}
