using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Matching;

public sealed partial class PactMatcherRequestTests
{
    [Theory]
    [InlineData("get")]
    [InlineData("Get")]
    [InlineData("GET")]
    public void MatchRequest_MethodInAnyCase_Matches(string method)
    {
        var result = PactMatcher.MatchRequest(new HttpRequest { Method = "GET" }, new HttpRequest { Method = method });

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_OtherMethod_ReportsMethodMismatch()
    {
        var result = PactMatcher.MatchRequest(new HttpRequest { Method = "POST" }, new HttpRequest { Method = "put" });

        var mismatch = MatchAssert.Single(result, MismatchPart.Method, string.Empty);
        Assert.Equal("Expected method POST but received PUT", mismatch.Message);
    }

    [Theory]
    [InlineData("/users/43")]
    [InlineData("/Users/42")]
    [InlineData("/users/42/")]
    [InlineData("/users")]
    public void MatchRequest_OtherPath_ReportsPathMismatch(string path)
    {
        var result = PactMatcher.MatchRequest(new HttpRequest { Path = "/users/42" }, new HttpRequest { Path = path });

        var mismatch = MatchAssert.Single(result, MismatchPart.Path, string.Empty, $"'{path}'", "'/users/42'");
        Assert.Equal("/users/42", mismatch.Expected);
        Assert.Equal(path, mismatch.Actual);
    }

    [Fact]
    public void MatchRequest_SamePath_Matches()
    {
        var result = PactMatcher.MatchRequest(new HttpRequest { Path = "/users/42" }, new HttpRequest { Path = "/users/42" });

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("q=shoes&page=2", "page=2&q=shoes")]
    [InlineData("tag=red&page=1&tag=blue", "tag=red&tag=blue&page=1")]
    [InlineData("q=red%20shoes", "q=red+shoes")]
    [InlineData("q=caf%C3%A9", "q=café")]
    public void MatchRequest_SameParametersWrittenDifferently_Matches(string expected, string actual)
    {
        var result = MatchQuery(expected, actual);

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_RepeatedParameterValuesInOtherOrder_ReportsEachDifferingValue()
    {
        var result = MatchQuery("tag=red&tag=blue", "tag=blue&tag=red");

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Query, "tag", "Expected query parameter 'tag' with value 'red' but was 'blue'");
        MatchAssert.Includes(result, MismatchPart.Query, "tag", "Expected query parameter 'tag' with value 'blue' but was 'red'");
    }

    [Fact]
    public void MatchRequest_MissingParameter_ReportsItByName()
    {
        var result = MatchQuery("q=shoes&page=2", "q=shoes");

        var mismatch = MatchAssert.Single(result, MismatchPart.Query, "page", "Expected query parameter 'page' but was missing");
        Assert.Null(mismatch.Actual);
    }

    [Fact]
    public void MatchRequest_UnexpectedParameter_ReportsItByName()
    {
        var result = MatchQuery("q=shoes", "q=shoes&debug=true");

        var mismatch = MatchAssert.Single(result, MismatchPart.Query, "debug", "Unexpected query parameter 'debug' received");
        Assert.Null(mismatch.Expected);
    }

    [Fact]
    public void MatchRequest_ParameterNameInOtherCase_IsAnotherParameter()
    {
        var result = MatchQuery("page=1", "Page=1");

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Query, "page", "but was missing");
        MatchAssert.Includes(result, MismatchPart.Query, "Page", "Unexpected query parameter 'Page'");
    }

    [Fact]
    public void MatchRequest_FewerValuesThanExpected_ReportsTheMissingValueAndTheCount()
    {
        var result = MatchQuery("id=1&id=2", "id=1");

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Query, "id", "value '2' but was missing");
        MatchAssert.Includes(result, MismatchPart.Query, "id", "with 2 value(s) but received 1 value(s)");
    }

    [Fact]
    public void MatchRequest_MoreValuesThanExpected_ReportsTheCount()
    {
        var result = MatchQuery("id=1", "id=1&id=2");

        MatchAssert.Single(result, MismatchPart.Query, "id", "with 1 value(s) but received 2 value(s)");
    }

    [Fact]
    public void MatchRequest_V1ParametersInOtherOrder_ComparesTheRawQueryString()
    {
        var result = MatchQuery("a=1&b=2", "b=2&a=1", PactSpecification.V1);

        var mismatch = MatchAssert.Single(result, MismatchPart.Query, string.Empty);
        Assert.Equal("Expected query string 'a=1&b=2' but received 'b=2&a=1'", mismatch.Message);
    }

    [Fact]
    public void MatchRequest_V1OtherParameters_NamesEachParameter()
    {
        var result = MatchQuery("a=1&b=2", "a=1&c=3", PactSpecification.V1);

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Query, "b", "Expected query parameter 'b' but was missing");
        MatchAssert.Includes(result, MismatchPart.Query, "c", "Unexpected query parameter 'c' received");
    }

    [Theory]
    [InlineData(PactSpecification.V1Point1)]
    [InlineData(PactSpecification.V2)]
    [InlineData(PactSpecification.V3)]
    [InlineData(PactSpecification.V4)]
    public void MatchRequest_LaterSpecificationParametersInOtherOrder_ComparesByParameter(PactSpecification specification)
    {
        var result = MatchQuery("a=1&b=2", "b=2&a=1", specification);

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("q=red%20shoes&page=1", "q=red+shoes&page=1", true)]
    [InlineData("q=shoes&page=1", "q=shoes&page=1", true)]
    [InlineData("q=shoes&page=1", "q=shoes&page=2", false)]
    [InlineData("q=shoes", "q=shoes&page=1", false)]
    public void MatchRequest_V1Query_ComparesTheDecodedText(string expected, string actual, bool matches)
    {
        var result = MatchQuery(expected, actual, PactSpecification.V1);

        Assert.Equal(matches, result.Matched);
    }

    [Fact]
    public void MatchRequest_V1Query_ComparesBuiltParametersAsText()
    {
        var expected = new HttpRequest { Query = new QueryCollection([new("from", ["2024-01-01"]), new("to", ["2024-12-31"])]) };

        var result = PactMatcher.MatchRequest(expected, new HttpRequest { Query = QueryCollection.Parse("from=2024-01-01&to=2024-12-31") }, PactSpecification.V1);

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_HeaderNameInOtherCase_Matches()
    {
        var result = MatchHeaders(Http.Headers(("X-Api-Key", "k1")), Http.Headers(("x-api-key", "k1")));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_UnexpectedHeader_IsAllowed()
    {
        var result = MatchHeaders(Http.Headers(("X-Api-Key", "k1")), Http.Headers(("X-Api-Key", "k1"), ("User-Agent", "curl/8.0")));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_MissingHeader_ReportsItByName()
    {
        var result = MatchHeaders(Http.Headers(("X-Api-Key", "k1")), Http.Headers(("Authorization", "Bearer x")));

        var mismatch = MatchAssert.Single(result, MismatchPart.Header, "X-Api-Key", "Expected a header 'X-Api-Key' but was missing");
        Assert.Equal("k1", mismatch.Expected);
        Assert.Null(mismatch.Actual);
    }

    [Fact]
    public void MatchRequest_OtherHeaderValue_ReportsBothValues()
    {
        var result = MatchHeaders(Http.Headers(("X-Api-Key", "k1")), Http.Headers(("X-Api-Key", "k2")));

        var mismatch = MatchAssert.Single(result, MismatchPart.Header, "X-Api-Key", "Mismatch with header 'X-Api-Key'", "'k2'", "'k1'");
        Assert.Equal("k2", mismatch.Actual);
    }

    [Theory]
    [InlineData("X-Ids")]
    [InlineData("Accept")]
    [InlineData("Cache-Control")]
    public void MatchRequest_ValuesOnOneLineOrSeveral_Match(string name)
    {
        var result = MatchHeaders(Http.Header(name, "a/1", "b/2"), Http.Headers((name, "a/1, b/2")));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_CommaSpacingDiffers_Matches()
    {
        var result = MatchHeaders(Http.Headers(("X-Ids", "1, 2, 3")), Http.Headers(("X-Ids", "1,2 ,3")));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_ListValuesInOtherOrder_ReportsMismatch()
    {
        var result = MatchHeaders(Http.Headers(("Accept", "application/json, text/plain")), Http.Headers(("Accept", "text/plain, application/json")));

        Assert.NotEmpty(result.Mismatches);
        Assert.All(result.Mismatches, m => Assert.Equal((MismatchPart.Header, "Accept"), (m.Part, m.Location)));
    }

    [Fact]
    public void MatchRequest_ListValueMissing_ReportsItsIndex()
    {
        var result = MatchHeaders(Http.Headers(("Cache-Control", "no-cache, no-store")), Http.Headers(("Cache-Control", "no-cache")));

        MatchAssert.Single(result, MismatchPart.Header, "Cache-Control", "'no-store' at index 1 but was missing");
    }

    [Theory]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8", "application/json;charset=utf-8")]
    [InlineData("application/json; charset=utf-8", "application/json; charset=\"UTF-8\"")]
    [InlineData("text/html; charset=utf-8", "text/html; version=2; charset=utf-8")]
    [InlineData("application/json", "Application/JSON")]
    [InlineData("text/html; charset=utf-8", "text/html; Charset=utf-8")]
    public void MatchRequest_ContentTypeWithCompatibleParameters_Matches(string expected, string actual)
    {
        var result = MatchHeaders(Http.Headers(("Content-Type", expected)), Http.Headers(("Content-Type", actual)));

        MatchAssert.Matched(result);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8", "application/json")]
    [InlineData("application/json; charset=utf-8", "application/json; charset=iso-8859-1")]
    [InlineData("application/json", "application/xml")]
    [InlineData("application/json", "application/json-patch+json")]
    public void MatchRequest_ContentTypeDiffering_ReportsMismatch(string expected, string actual)
    {
        var result = MatchHeaders(Http.Headers(("Content-Type", expected)), Http.Headers(("Content-Type", actual)));

        MatchAssert.Single(result, MismatchPart.Header, "Content-Type", $"to have value '{expected}' but was '{actual}'");
    }

    [Fact]
    public void MatchRequest_AcceptValueThatIsNotAMediaType_ComparesCaseSensitively()
    {
        var result = MatchHeaders(Http.Headers(("Accept", "alligators")), Http.Headers(("Accept", "Alligators")));

        MatchAssert.Single(result, MismatchPart.Header, "Accept", "'alligators'", "'Alligators'");
    }

    [Theory]
    [InlineData("application/json", "application/json;q=0.9")]
    [InlineData("text/html, application/json", "text/html;q=1.0, application/json;q=0.8")]
    public void MatchRequest_AcceptWithQualityParameters_Matches(string expected, string actual)
    {
        var result = MatchHeaders(Http.Headers(("Accept", expected)), Http.Headers(("Accept", actual)));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_AcceptMissingAMediaType_ReportsItsIndex()
    {
        var result = MatchHeaders(Http.Headers(("Accept", "application/json, application/xml")), Http.Headers(("Accept", "application/json, text/xml")));

        MatchAssert.Single(result, MismatchPart.Header, "Accept", "at index 1", "'application/xml'", "'text/xml'");
    }

    private static MatchResult MatchQuery(string expected, string actual, PactSpecification specification = PactSpecification.V4) =>
        PactMatcher.MatchRequest(
            new HttpRequest { Path = "/products", Query = QueryCollection.Parse(expected) },
            new HttpRequest { Path = "/products", Query = QueryCollection.Parse(actual) },
            specification);

    private static MatchResult MatchHeaders(HeaderCollection expected, HeaderCollection actual) =>
        PactMatcher.MatchRequest(new HttpRequest { Headers = expected }, new HttpRequest { Headers = actual });
}
