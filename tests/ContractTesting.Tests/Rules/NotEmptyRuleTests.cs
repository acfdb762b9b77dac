using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class NotEmptyRuleTests
{
    [Theory]
    [InlineData("\"Grace\"")]
    [InlineData("\" \"")]
    [InlineData("0")]
    [InlineData("false")]
    public void Match_NonEmptyScalar_Matches(string name)
    {
        var result = Exchange.ResponseBody("""{"name": "Ada"}""", $$"""{"name": {{name}}}""", ("$.name", new NotEmptyRule()));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_EmptyString_ReportsMismatch()
    {
        var result = Exchange.ResponseBody("""{"name": "Ada"}""", """{"name": ""}""", ("$.name", new NotEmptyRule()));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.name");
        Assert.Equal("Expected '' (String) to not be empty", mismatch.Message);
    }

    [Fact]
    public void Match_Null_ReportsMismatch()
    {
        var result = Exchange.ResponseBody("""{"name": "Ada"}""", """{"name": null}""", ("$.name", new NotEmptyRule()));

        MatchAssert.Single(result, MismatchPart.Body, "$.name", "non-empty", "NULL");
    }

    [Fact]
    public void Match_NonEmptyArray_MatchesWhateverItsLength()
    {
        var result = Exchange.ResponseBody("""{"items": ["a"]}""", """{"items": ["b", "c", "d"]}""", ("$.items", new NotEmptyRule()));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_EmptyArray_ReportsMismatch()
    {
        var result = Exchange.ResponseBody("""{"items": ["a"]}""", """{"items": []}""", ("$.items", new NotEmptyRule()));

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$.items");
        Assert.Equal("Expected [] (Array) to not be empty", mismatch.Message);
    }

    [Fact]
    public void Match_EmptyObject_ReportsMismatch()
    {
        var result = Exchange.ResponseBody("""{"address": {"city": "London"}}""", """{"address": {}}""", ("$.address", new NotEmptyRule()));

        MatchAssert.Includes(result, MismatchPart.Body, "$.address", "Expected {} (Object) to not be empty");
    }

    [Fact]
    public void Match_NonEmptyBinaryBody_MatchesOtherBytes()
    {
        var expected = ImageResponse();

        var result = PactMatcher.MatchResponse(expected, new HttpResponse { Body = BodyOf.Binary(TestFiles.Fixture("spider.jpg"), "image/jpeg") });

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_ZeroByteBinaryBody_ReportsMismatch()
    {
        var expected = ImageResponse();

        var result = PactMatcher.MatchResponse(expected, new HttpResponse { Body = BodyOf.Binary([], "image/jpeg") });

        MatchAssert.Single(result, MismatchPart.Body, "$", "0 bytes", "to not be empty");
    }

    [Theory]
    [InlineData("q=shoes", true)]
    [InlineData("q=", false)]
    public void Match_QueryParameter_RejectsEmptyValue(string actual, bool matches)
    {
        var result = Exchange.Query("q=boots", actual, ("q", new NotEmptyRule()));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Query, "q", "to not be empty");
        }
    }

    [Fact]
    public void Match_EmptyHeader_ReportsMismatch()
    {
        var result = Exchange.Header("X-Correlation-Id", "abc", string.Empty, ("X-Correlation-Id", new NotEmptyRule()));

        MatchAssert.Single(result, MismatchPart.Header, "X-Correlation-Id", "to not be empty");
    }

    private static HttpResponse ImageResponse() => new()
    {
        Body = BodyOf.Binary(TestFiles.Fixture("rat.jpg"), "image/jpeg"),
        MatchingRules = RuleSet.Of(MatchingRules.Body, ("$", new NotEmptyRule())),
    };
}
