using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Matching;

public sealed partial class PactMatcherRequestTests
{
    private const string Boundary = "----upload7MA4YWxkTrZu0gW";

    private static MimePart Metadata(string json) => MimePart.Text("metadata", "application/json", json);

    private static MimePart Photo(string file) => new("photo", "image/jpeg", TestFiles.Fixture(file), file);

    [Fact]
    public void MatchRequest_SameParts_Matches()
    {
        var result = MatchMultipart(
            BodyOf.Multipart(Boundary, Metadata("""{"title": "Holiday"}"""), Photo("rat.jpg")),
            BodyOf.Multipart(Boundary, Metadata("""{"title": "Holiday"}"""), Photo("rat.jpg")));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_PartsInOtherOrder_PairByName()
    {
        var result = MatchMultipart(
            BodyOf.Multipart(Boundary, Metadata("""{"title": "Holiday"}"""), Photo("rat.jpg")),
            BodyOf.Multipart(Boundary, Photo("rat.jpg"), Metadata("""{"title": "Holiday"}""")));

        MatchAssert.Matched(result);
    }

    [Fact]
    public void MatchRequest_MissingPart_ReportsItsName()
    {
        var result = MatchMultipart(
            BodyOf.Multipart(Boundary, Metadata("""{"title": "Holiday"}"""), Photo("rat.jpg")),
            BodyOf.Multipart(Boundary, Metadata("""{"title": "Holiday"}""")));

        MatchAssert.Single(result, MismatchPart.Body, "$", "Expected a MIME part 'photo' but was missing");
    }

    [Fact]
    public void MatchRequest_JsonPartValueDiffering_ReportsItBelowThePartName()
    {
        var result = MatchMultipart(
            BodyOf.Multipart(Boundary, Metadata("""{"title": "Holiday"}""")),
            BodyOf.Multipart(Boundary, Metadata("""{"title": "Work"}""")));

        MatchAssert.Single(result, MismatchPart.Body, "$.metadata.title", "MIME part 'metadata'", "'Work' (String)", "'Holiday' (String)");
    }

    [Fact]
    public void MatchRequest_JsonPartWithUnexpectedKey_IsStrictLikeTheRequestBody()
    {
        var result = MatchMultipart(
            BodyOf.Multipart(Boundary, Metadata("""{"title": "Holiday"}""")),
            BodyOf.Multipart(Boundary, Metadata("""{"title": "Holiday", "album": 3}""")));

        MatchAssert.Single(result, MismatchPart.Body, "$.metadata", "MIME part 'metadata'", "keys [album, title]");
    }

    [Theory]
    [InlineData("Summer 2024", true)]
    [InlineData("", false)]
    public void MatchRequest_RuleForAJsonPartField_AppliesInsideThePart(string title, bool matches)
    {
        var expected = MultipartRequest(BodyOf.Multipart(Boundary, Metadata("""{"title": "Holiday", "count": 1}"""), Photo("rat.jpg")))
            with { MatchingRules = RuleSet.Of(MatchingRules.Body, ("$.metadata.title", new RegexRule(".+")), ("$.metadata.count", new IntegerRule())) };

        var result = PactMatcher.MatchRequest(
            expected,
            MultipartRequest(BodyOf.Multipart(Boundary, Metadata($$"""{"title": "{{title}}", "count": 12}"""), Photo("rat.jpg"))));

        Assert.Equal(matches, result.Matched);
        if (!matches)
        {
            MatchAssert.Single(result, MismatchPart.Body, "$.metadata.title", "MIME part 'metadata'", "to match '.+'");
        }
    }

    [Fact]
    public void MatchRequest_PartOfOtherContentType_ReportsBothTypes()
    {
        var result = MatchMultipart(
            BodyOf.Multipart(Boundary, Metadata("""{"title": "Holiday"}""")),
            BodyOf.Multipart(Boundary, MimePart.Text("metadata", "text/plain", "title=Holiday")));

        MatchAssert.Single(result, MismatchPart.Body, "$.metadata", "MIME part 'metadata'", "'application/json'", "'text/plain'");
    }

    [Fact]
    public void MatchRequest_TextPartDiffering_ReportsItAtThePart()
    {
        var result = MatchMultipart(
            BodyOf.Multipart(Boundary, MimePart.Text("caption", "text/plain", "On the beach")),
            BodyOf.Multipart(Boundary, MimePart.Text("caption", "text/plain", "In the office")));

        MatchAssert.Single(result, MismatchPart.Body, "$.caption", "MIME part 'caption'", "'In the office'");
    }

    [Fact]
    public void MatchRequest_BinaryPartDiffering_ReportsItAtThePart()
    {
        var result = MatchMultipart(
            BodyOf.Multipart(Boundary, Photo("rat.jpg")),
            BodyOf.Multipart(Boundary, Photo("spider.jpg")));

        MatchAssert.Single(result, MismatchPart.Body, "$.photo", "MIME part 'photo'", "is not equal to the expected body");
    }

    [Fact]
    public void MatchRequest_OtherBoundaryAllowedByAContentTypeHeaderRule_ComparesTheParts()
    {
        var expected = new HttpRequest
        {
            Method = "POST",
            Headers = Http.Headers(("Content-Type", $"multipart/form-data; boundary={Boundary}")),
            Body = BodyOf.Multipart(Boundary, Metadata("""{"title": "Holiday"}""")),
            MatchingRules = RuleSet.Of(MatchingRules.Header, ("Content-Type", new RegexRule("multipart/form-data; boundary=.+"))),
        };
        var actual = new HttpRequest
        {
            Method = "POST",
            Headers = Http.Headers(("Content-Type", "multipart/form-data; boundary=other-boundary-123")),
            Body = BodyOf.Multipart("other-boundary-123", Metadata("""{"title": "Work"}""")),
        };

        var result = PactMatcher.MatchRequest(expected, actual);

        MatchAssert.Single(result, MismatchPart.Body, "$.metadata.title", "'Work'");
    }

    private static MatchResult MatchMultipart(Body expected, Body actual) =>
        PactMatcher.MatchRequest(MultipartRequest(expected), MultipartRequest(actual));

    private static HttpRequest MultipartRequest(Body body) => new() { Method = "POST", Path = "/photos", Body = body };
}
