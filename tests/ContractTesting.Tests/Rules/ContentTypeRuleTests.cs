using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class ContentTypeRuleTests
{
    [Fact]
    public void Match_JpegBytesForJpegRule_Matches()
    {
        var expected = JpegResponse(TestFiles.Fixture("rat.jpg"), new ContentTypeRule("image/jpeg"));

        var result = PactMatcher.MatchResponse(expected, new HttpResponse { Body = BodyOf.Binary(TestFiles.Fixture("spider.jpg"), "image/jpeg") });

        MatchAssert.Matched(result);
    }

    [Fact]
    public void Match_PdfBytesForJpegRule_ReportsTheDetectedType()
    {
        var expected = JpegResponse(TestFiles.Fixture("rat.jpg"), new ContentTypeRule("image/jpeg"));

        var result = PactMatcher.MatchResponse(expected, new HttpResponse { Body = BodyOf.Binary(TestFiles.Fixture("sample.pdf"), "image/jpeg") });

        var mismatch = MatchAssert.Single(result, MismatchPart.Body, "$");
        Assert.Equal("Expected binary contents to have content type 'image/jpeg' but detected contents was 'application/pdf'", mismatch.Message);
    }

    [Fact]
    public void Match_PdfRuleOnOctetStream_ChecksTheBytesNotTheHeader()
    {
        var expected = new HttpResponse
        {
            Body = BodyOf.Binary(TestFiles.Fixture("sample.pdf"), "application/octet-stream"),
            MatchingRules = RuleSet.Of(MatchingRules.Body, ("$", new ContentTypeRule("application/pdf"))),
        };

        var pdf = PactMatcher.MatchResponse(expected, new HttpResponse { Body = BodyOf.Binary(TestFiles.Fixture("sample.pdf"), "application/octet-stream") });
        var jpeg = PactMatcher.MatchResponse(expected, new HttpResponse { Body = BodyOf.Binary(TestFiles.Fixture("rat.jpg"), "application/octet-stream") });

        MatchAssert.Matched(pdf);
        MatchAssert.Single(jpeg, MismatchPart.Body, "$", "'application/pdf'", "'image/jpeg'");
    }

    [Fact]
    public void Match_TextForJpegRule_ReportsMismatch()
    {
        var expected = JpegResponse(TestFiles.Fixture("rat.jpg"), new ContentTypeRule("image/jpeg"));

        var result = PactMatcher.MatchResponse(expected, new HttpResponse { Body = BodyOf.Binary("not an image"u8.ToArray(), "image/jpeg") });

        MatchAssert.Single(result, MismatchPart.Body, "$", "to have content type 'image/jpeg'");
    }

    [Fact]
    public void Match_MultipartFilePart_ChecksThePartsBytes()
    {
        var expected = new HttpRequest
        {
            Method = "POST",
            Body = BodyOf.Multipart("XyZ", new MimePart("photo", "image/jpeg", TestFiles.Fixture("rat.jpg"), "rat.jpg")),
            MatchingRules = RuleSet.Of(MatchingRules.Body, ("$.photo", new ContentTypeRule("image/jpeg"))),
        };

        var jpeg = PactMatcher.MatchRequest(expected, expected with { Body = BodyOf.Multipart("XyZ", new MimePart("photo", "image/jpeg", TestFiles.Fixture("spider.jpg"), "spider.jpg")), MatchingRules = MatchingRules.Empty });
        var pdf = PactMatcher.MatchRequest(expected, expected with { Body = BodyOf.Multipart("XyZ", new MimePart("photo", "image/jpeg", TestFiles.Fixture("sample.pdf"), "sample.pdf")), MatchingRules = MatchingRules.Empty });

        MatchAssert.Matched(jpeg);
        MatchAssert.Single(pdf, MismatchPart.Body, "$.photo", "MIME part 'photo'", "'application/pdf'");
    }

    private static HttpResponse JpegResponse(byte[] image, ContentTypeRule rule) => new()
    {
        Body = BodyOf.Binary(image, "image/jpeg"),
        MatchingRules = RuleSet.Of(MatchingRules.Body, ("$", rule)),
    };
}
