using System.Text;
using System.Xml.Linq;
using ContractTesting.Bodies;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Bodies;

public sealed class MultipartParserTests
{
    [Fact]
    public void Parse_FormDataWithFieldsAndBinaryFile_ReturnsAllParts()
    {
        var png = TestFiles.Data("bodies/pixel.png");
        byte[] binary = [.. png, 0x00, 0xFF, 0x0D, 0x0A, .. "--Xy"u8, 0x0D, 0x0A];
        byte[] body =
        [
            .. Crlf("--XyZ\nContent-Disposition: form-data; name=\"title\"\n\nHoliday photo\n"),
            .. Crlf("--XyZ\ncontent-disposition: form-data; name=comment\n\nline one\nline two\n"),
            .. Crlf("--XyZ\nContent-Disposition: form-data; name=\"photo\"; filename=\"pixel.png\"\nContent-Type: image/png\n\n"),
            .. binary,
            .. Crlf("\n--XyZ--\n"),
        ];

        var parsed = MultipartParser.Parse(body, "multipart/form-data; boundary=XyZ");

        Assert.Equal("XyZ", parsed.Boundary);
        Assert.Equal(3, parsed.Parts.Count);
        Assert.Equal("title", parsed.Parts[0].Name);
        Assert.Equal("Holiday photo", Encoding.UTF8.GetString(parsed.Parts[0].Body));
        Assert.Null(parsed.Parts[0].FileName);
        Assert.Equal("comment", parsed.Parts[1].Name);
        Assert.Equal("line one\r\nline two", Encoding.UTF8.GetString(parsed.Parts[1].Body));
        Assert.Equal("photo", parsed.Parts[2].Name);
        Assert.Equal("pixel.png", parsed.Parts[2].FileName);
        Assert.Equal("image/png", parsed.Parts[2].ContentType);
        Assert.Equal(binary, parsed.Parts[2].Body);
    }

    [Fact]
    public void Parse_MultipartMixed_ReturnsPartsWithContentTypes()
    {
        var body = Crlf("--mixed\nContent-Type: text/plain; charset=utf-8\n\nHello\n--mixed\nContent-Type: application/json\n\n{\"a\":1}\n--mixed--");

        var parsed = MultipartParser.Parse(body, "multipart/mixed; boundary=mixed");

        Assert.Equal(["text/plain; charset=utf-8", "application/json"], parsed.Parts.Select(part => part.ContentType));
        Assert.Equal("{\"a\":1}", Encoding.UTF8.GetString(parsed.Parts[1].Body));
        Assert.Null(parsed.Parts[1].Name);
    }

    [Fact]
    public void Parse_QuotedBoundary_UsesUnquotedValue()
    {
        var body = Crlf("--simple boundary\nContent-Type: text/plain\n\nquoted\n--simple boundary--\n");

        var parsed = MultipartParser.Parse(body, "multipart/mixed; charset=utf-8; BOUNDARY=\"simple boundary\"");

        Assert.Equal("simple boundary", parsed.Boundary);
        Assert.Equal("quoted", Encoding.UTF8.GetString(Assert.Single(parsed.Parts).Body));
    }

    [Fact]
    public void Parse_LfOnlyLineEndings_ReturnsParts()
    {
        var body = Encoding.UTF8.GetBytes("--b\nContent-Disposition: form-data; name=a\n\none\n--b\nContent-Disposition: form-data; name=b\n\ntwo\n--b--\n");

        var parsed = MultipartParser.Parse(body, "multipart/form-data; boundary=b");

        Assert.Equal(["a", "b"], parsed.Parts.Select(part => part.Name));
        Assert.Equal(["one", "two"], parsed.Parts.Select(part => Encoding.UTF8.GetString(part.Body)));
    }

    [Fact]
    public void Parse_PreambleAndEpilogue_AreIgnored()
    {
        var body = Crlf("This is the preamble.\nIt mentions --b inside a line.\n--b\n\nonly part\n--b--\nThis is the epilogue.\n--b\n");

        var parsed = MultipartParser.Parse(body, "multipart/mixed; boundary=b");

        var part = Assert.Single(parsed.Parts);
        Assert.Empty(part.Headers);
        Assert.Equal("only part", Encoding.UTF8.GetString(part.Body));
    }

    [Fact]
    public void Parse_LineThatOnlyStartsWithBoundary_StaysInBody()
    {
        var body = Crlf("--b\n\n--bb is not a delimiter\n--b \n\nsecond\n--b--");

        var parsed = MultipartParser.Parse(body, "multipart/mixed; boundary=b");

        Assert.Equal(["--bb is not a delimiter", "second"], parsed.Parts.Select(part => Encoding.UTF8.GetString(part.Body)));
    }

    [Fact]
    public void Parse_HeadersWithoutBlankLine_ReturnsEmptyBody()
    {
        var body = Crlf("--b\nContent-Type: text/plain\n--b--");

        var parsed = MultipartParser.Parse(body, "multipart/mixed; boundary=b");

        var part = Assert.Single(parsed.Parts);
        Assert.Equal("text/plain", part.ContentType);
        Assert.Empty(part.Body);
    }

    [Fact]
    public void Parse_FoldedHeader_JoinsContinuationLine()
    {
        var body = Crlf("--b\nContent-Disposition: form-data;\n\tname=\"folded\"\n\nx\n--b--");

        var parsed = MultipartParser.Parse(body, "multipart/form-data; boundary=b");

        Assert.Equal("folded", Assert.Single(parsed.Parts).Name);
    }

    [Fact]
    public void Parse_FileNameStar_PrefersExtendedValue()
    {
        var body = Crlf("--b\nContent-Disposition: form-data; name=\"doc\"; filename=\"EUR rates.txt\"; filename*=UTF-8''%e2%82%ac%20rates.txt\n\nx\n--b--");

        var parsed = MultipartParser.Parse(body, "multipart/form-data; boundary=b");

        Assert.Equal("\u20ac rates.txt", Assert.Single(parsed.Parts).FileName);
    }

    [Fact]
    public void Parse_NoBoundaryParameter_ThrowsFormatException()
    {
        var body = Crlf("--b\n\nx\n--b--");

        var error = Assert.Throws<FormatException>(() => MultipartParser.Parse(body, "multipart/form-data; charset=utf-8"));

        Assert.Contains("no boundary parameter", error.Message, StringComparison.Ordinal);
        Assert.Contains("byte offset 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BoundaryNeverFound_ThrowsFormatException()
    {
        var body = Crlf("--other\n\nx\n--other--");

        var error = Assert.Throws<FormatException>(() => MultipartParser.Parse(body, "multipart/mixed; boundary=b"));

        Assert.Contains("'--b' was not found", error.Message, StringComparison.Ordinal);
        Assert.Contains("byte offset 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnterminatedPart_ThrowsFormatExceptionAtPartStart()
    {
        var body = Crlf("--b\n\nfirst\n--b\nContent-Type: text/plain\n\nnever closed");

        var error = Assert.Throws<FormatException>(() => MultipartParser.Parse(body, "multipart/mixed; boundary=b"));

        Assert.Contains("unterminated", error.Message, StringComparison.Ordinal);
        Assert.Contains("byte offset 19", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingClosingDelimiter_ThrowsFormatException()
    {
        var body = Crlf("--b\n\nfirst\n--b");

        var error = Assert.Throws<FormatException>(() => MultipartParser.Parse(body, "multipart/mixed; boundary=b"));

        Assert.Contains("closing delimiter '--b--' is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("byte offset 14", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HeaderLineWithoutColon_ThrowsFormatExceptionAtLine()
    {
        var body = Crlf("--b\nContent-Type: text/plain\nnot a header\n\nx\n--b--");

        var error = Assert.Throws<FormatException>(() => MultipartParser.Parse(body, "multipart/mixed; boundary=b"));

        Assert.Contains("'not a header' has no colon", error.Message, StringComparison.Ordinal);
        Assert.Contains("byte offset 31", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("multipart-body.xml", "text/html")]
    [InlineData("multipart2-body.xml", "application/json")]
    public void Parse_CompatibilitySuiteFixture_ReturnsTextAndBase64Parts(string fixture, string encodedType)
    {
        var descriptor = XDocument.Load(TestFiles.FixturePath(fixture)).Root!;
        var contents = descriptor.Element("contents")!;
        Assert.Equal("CRLF", (string?)contents.Attribute("eol"));
        var body = Encoding.UTF8.GetBytes(contents.Value.Trim().Replace("\n", "\r\n", StringComparison.Ordinal));
        var contentType = descriptor.Element("contentType")!.Value.Trim();

        var parsed = MultipartParser.Parse(body, contentType);

        Assert.Equal("gc0p4Jq0M2Yt08jU534c0p", parsed.Boundary);
        Assert.Equal(2, parsed.Parts.Count);
        Assert.Equal("text/plain", parsed.Parts[0].ContentType);
        Assert.Equal("This is the body of the message.", Encoding.UTF8.GetString(parsed.Parts[0].Body));
        Assert.Equal("application/octet-stream", parsed.Parts[1].ContentType);
        Assert.Equal("base64", parsed.Parts[1].GetHeader("content-transfer-encoding"));
        var decoded = Convert.FromBase64String(Encoding.ASCII.GetString(parsed.Parts[1].Body));
        Assert.Equal(encodedType, ContentSniffer.Detect(decoded));
    }

    private static byte[] Crlf(string text) => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal));
}
