using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Matching;

public sealed class PactMatcherResponseTests
{
    private const string User = """{"id": 42, "name": "Ada", "address": {"city": "London"}}""";

    [Fact]
    public void MatchResponse_SameStatusHeadersAndBody_Matches()
    {
        var response = new HttpResponse { Status = 200, Headers = Http.Headers(("Content-Type", "application/json")), Body = Body.FromText(User) };

        var result = PactMatcher.MatchResponse(response, response with { });

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchResponse_OtherStatus_ReportsStatusMismatch()
    {
        var result = PactMatcher.MatchResponse(new HttpResponse { Status = 200 }, new HttpResponse { Status = 404 });

        var mismatch = MatchAssert.Single(result, MismatchPart.Status, string.Empty, "Expected status 200 but received 404");
        Assert.Equal("200", mismatch.Expected);
        Assert.Equal("404", mismatch.Actual);
    }

    [Fact]
    public void MatchResponse_ExtraKeys_AreAllowedAtEveryLevel()
    {
        var result = MatchBody(User, """{"id": 42, "name": "Ada", "role": "admin", "address": {"city": "London", "zip": "N1"}}""");

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchResponse_MissingKey_ReportsTheMissingKeys()
    {
        var result = MatchBody(User, """{"id": 42, "address": {}}""");

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Body, "$", "Actual map is missing the following keys: name");
        MatchAssert.Includes(result, MismatchPart.Body, "$.address", "Actual map is missing the following keys: city");
    }

    [Fact]
    public void MatchResponse_EmptyMapExpected_AllowsAnyKeys()
    {
        var result = MatchBody("""{"meta": {}}""", """{"meta": {"page": 1}}""");

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchResponse_ExtraListItem_IsStillAMismatch()
    {
        var result = MatchBody("""{"ids": [1]}""", """{"ids": [1, 2]}""");

        MatchAssert.Single(result, MismatchPart.Body, "$.ids", "Expected a List with 1 elements but received 2 elements");
    }

    [Fact]
    public void MatchResponse_EmptyListExpected_ReportsAnyItem()
    {
        var result = MatchBody("""{"ids": []}""", """{"ids": [1]}""");

        MatchAssert.Single(result, MismatchPart.Body, "$.ids", "Expected an empty List but received [1]");
    }

    [Fact]
    public void MatchResponse_ObjectWhereListExpected_ReportsTypeMismatch()
    {
        var result = MatchBody("""{"ids": [1]}""", """{"ids": {"0": 1}}""");

        MatchAssert.Single(result, MismatchPart.Body, "$.ids", "Type mismatch", "(Object)", "(Array)");
    }

    [Theory]
    [InlineData("missing", true)]
    [InlineData("empty", true)]
    [InlineData("json", true)]
    public void MatchResponse_NoExpectedBody_AcceptsAnyBody(string actual, bool matches)
    {
        var body = actual switch
        {
            "missing" => Body.Missing,
            "empty" => Body.Empty,
            _ => BodyOf.Json(User),
        };

        var result = PactMatcher.MatchResponse(new HttpResponse(), new HttpResponse { Body = body });

        Assert.Equal(matches, result.Matched);
    }

    [Fact]
    public void MatchResponse_BodyMissing_ReportsIt()
    {
        var result = PactMatcher.MatchResponse(new HttpResponse { Body = BodyOf.Json(User) }, new HttpResponse());

        MatchAssert.Single(result, MismatchPart.Body, "$", "but was missing");
    }

    [Fact]
    public void MatchResponse_HeaderNamesInOtherCase_Match()
    {
        var result = PactMatcher.MatchResponse(
            new HttpResponse { Headers = Http.Headers(("Cache-Control", "no-cache"), ("ETag", "\"v1\"")) },
            new HttpResponse { Headers = Http.Headers(("cache-control", "no-cache"), ("etag", "\"v1\""), ("Server", "kestrel")) });

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchResponse_MissingHeader_ReportsIt()
    {
        var result = PactMatcher.MatchResponse(
            new HttpResponse { Headers = Http.Headers(("Location", "/users/42")) },
            new HttpResponse { Headers = Http.Headers(("Content-Length", "0")) });

        MatchAssert.Single(result, MismatchPart.Header, "Location", "Expected a header 'Location' but was missing");
    }

    [Fact]
    public void MatchResponse_ListValuedHeaderOnSeveralLines_MatchesOneLine()
    {
        var result = PactMatcher.MatchResponse(
            new HttpResponse { Headers = Http.Headers(("Vary", "Accept, Accept-Encoding")) },
            new HttpResponse { Headers = Http.Header("Vary", "Accept", "Accept-Encoding") });

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchResponse_HeaderRule_AppliesToEveryValueOfAListValuedHeader()
    {
        var expected = new HttpResponse
        {
            Headers = Http.Headers(("Allow", "GET")),
            MatchingRules = RuleSet.Of(MatchingRules.Header, ("Allow", new RegexRule("GET|POST|PUT|DELETE"))),
        };

        var result = PactMatcher.MatchResponse(expected, new HttpResponse { Headers = Http.Headers(("Allow", "GET, PATCH, DELETE")) });

        MatchAssert.Single(result, MismatchPart.Header, "Allow", "'PATCH'");
    }

    [Fact]
    public void MatchResponse_XmlWithExtraChildrenAndAttributes_Matches()
    {
        var result = MatchXml(
            """<user id="42"><name>Ada</name></user>""",
            """<user id="42" role="admin"><name>Ada</name><email>ada@example.com</email></user>""");

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchResponse_XmlMissingChild_ReportsIt()
    {
        var result = MatchXml("""<user id="42"><name>Ada</name><email>ada@example.com</email></user>""", """<user id="42"><name>Ada</name></user>""");

        MatchAssert.Single(result, MismatchPart.Body, "$.user", "Expected child <email/> but was missing");
    }

    [Fact]
    public void MatchResponse_XmlMissingAttribute_ReportsIt()
    {
        var result = MatchXml("""<user id="42" active="true"><name>Ada</name></user>""", """<user id="42"><name>Ada</name></user>""");

        MatchAssert.Includes(result, MismatchPart.Body, "$.user['@active']", "Expected attribute 'active'='true' but was missing");
    }

    [Fact]
    public void MatchResponse_SeveralDifferences_ReportsStatusThenHeadersThenBody()
    {
        var expected = new HttpResponse { Status = 200, Headers = Http.Headers(("X-Version", "1")), Body = BodyOf.Json(User) };
        var actual = new HttpResponse { Status = 500, Headers = Http.Headers(("X-Version", "2")), Body = BodyOf.Json("""{"id": 42, "name": "Bob", "address": {"city": "London"}}""") };

        var result = PactMatcher.MatchResponse(expected, actual);

        Assert.Equal([MismatchPart.Status, MismatchPart.Header, MismatchPart.Body], result.Mismatches.Select(m => m.Part));
    }

    [Fact]
    public void MatchResponse_JsonExpectedHtmlReceived_ReportsTheContentTypes()
    {
        var expected = new HttpResponse { Headers = Http.Headers(("Content-Type", "application/json")), Body = Body.FromText(User) };
        var actual = new HttpResponse { Headers = Http.Headers(("Content-Type", "text/html")), Body = Body.FromText("<html>Oops</html>") };

        var result = PactMatcher.MatchResponse(expected, actual);

        Assert.Equal(2, result.Mismatches.Count);
        MatchAssert.Includes(result, MismatchPart.Header, "Content-Type", "'text/html'");
        MatchAssert.Includes(result, MismatchPart.BodyContentType, string.Empty, "'application/json'", "'text/html'");
    }

    private static MatchResult MatchBody(string expected, string actual) =>
        PactMatcher.MatchResponse(new HttpResponse { Body = BodyOf.Json(expected) }, new HttpResponse { Body = BodyOf.Json(actual) });

    private static MatchResult MatchXml(string expected, string actual) =>
        PactMatcher.MatchResponse(new HttpResponse { Body = BodyOf.Xml(expected) }, new HttpResponse { Body = BodyOf.Xml(actual) });
}
