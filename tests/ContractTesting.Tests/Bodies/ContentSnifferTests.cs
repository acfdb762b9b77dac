using System.IO.Compression;
using System.Text;
using ContractTesting.Bodies;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Bodies;

public sealed class ContentSnifferTests
{
    [Theory]
    [InlineData("pixel.png", "image/png")]
    [InlineData("pixel.gif", "image/gif")]
    [InlineData("pixel.bmp", "image/bmp")]
    [InlineData("jfif-header.jpg", "image/jpeg")]
    [InlineData("exif-header.jpg", "image/jpeg")]
    [InlineData("minimal.pdf", "application/pdf")]
    [InlineData("silence.wav", "audio/wav")]
    [InlineData("image.svg", "image/svg+xml")]
    [InlineData("declared.svg", "image/svg+xml")]
    [InlineData("page.html", "text/html")]
    [InlineData("document.xml", "application/xml")]
    [InlineData("data.json", "application/json")]
    [InlineData("notes.txt", "text/plain")]
    public void Detect_SampleFile_ReturnsItsType(string file, string expected)
    {
        var data = TestFiles.Data("bodies/" + file);

        var detected = ContentSniffer.Detect(data);

        Assert.Equal(expected, detected);
    }

    [Theory]
    [InlineData("rat.jpg", "image/jpeg")]
    [InlineData("spider.jpg", "image/jpeg")]
    [InlineData("sample.pdf", "application/pdf")]
    public void Detect_CompatibilitySuiteFixture_ReturnsItsType(string file, string expected)
    {
        var data = TestFiles.Fixture(file);

        var detected = ContentSniffer.Detect(data);

        Assert.Equal(expected, detected);
    }

    [Theory]
    [InlineData("FFD8FFDB", "image/jpeg")]
    [InlineData("89504E470D0A1A0A", "image/png")]
    [InlineData("474946383761", "image/gif")]
    [InlineData("52494646000000005745425056503820", "image/webp")]
    [InlineData("49492A00", "image/tiff")]
    [InlineData("4D4D002A", "image/tiff")]
    [InlineData("000001000100", "image/x-icon")]
    [InlineData("255044462D312E37", "application/pdf")]
    [InlineData("504B0304", "application/zip")]
    [InlineData("504B0506", "application/zip")]
    [InlineData("1F8B08", "application/gzip")]
    [InlineData("425A6839314159265359", "application/x-bzip2")]
    [InlineData("377ABCAF271C", "application/x-7z-compressed")]
    [InlineData("526172211A0700", "application/x-rar-compressed")]
    [InlineData("FD377A585A00", "application/x-xz")]
    [InlineData("28B52FFD", "application/zstd")]
    [InlineData("0061736D01000000", "application/wasm")]
    [InlineData("53514C69746520666F726D6174203300", "application/x-sqlite3")]
    [InlineData("774F464600010000", "font/woff")]
    [InlineData("774F46324F54544F", "font/woff2")]
    [InlineData("00010000000A", "font/ttf")]
    [InlineData("4F54544F000A", "font/otf")]
    [InlineData("4944330400", "audio/mpeg")]
    [InlineData("FFFB9064", "audio/mpeg")]
    [InlineData("52494646000000005741564566", "audio/wav")]
    [InlineData("4F67675300", "audio/ogg")]
    [InlineData("664C614380000022", "audio/flac")]
    [InlineData("000000186674797069736F6D", "video/mp4")]
    [InlineData("00000018667479706D703432", "video/mp4")]
    [InlineData("000000186674797068656963", "image/heic")]
    [InlineData("1A45DFA34282847765626D", "video/webm")]
    [InlineData("1A45DFA34282886D6174726F736B61", "video/x-matroska")]
    [InlineData("524946460000000041564920", "video/x-msvideo")]
    [InlineData("4D5A9000", "application/x-msdownload")]
    [InlineData("7F454C46020101", "application/x-executable")]
    public void Detect_MagicNumber_ReturnsType(string hexPrefix, string expected)
    {
        var data = ZeroPadded(Convert.FromHexString(hexPrefix), 64);

        var detected = ContentSniffer.Detect(data);

        Assert.Equal(expected, detected);
    }

    [Fact]
    public void Detect_UstarAtOffset257_ReturnsTar()
    {
        var data = new byte[512];
        "hello.txt"u8.CopyTo(data);
        "ustar\0"u8.CopyTo(data.AsSpan(257));

        var detected = ContentSniffer.Detect(data);

        Assert.Equal("application/x-tar", detected);
    }

    [Fact]
    public void Detect_ZipArchiveWrittenByCompression_ReturnsZip()
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = archive.CreateEntry("hello.txt").Open();
            entry.Write("hello"u8);
        }

        var detected = ContentSniffer.Detect(stream.ToArray());

        Assert.Equal("application/zip", detected);
    }

    [Fact]
    public void Detect_GzipStreamOutput_ReturnsGzip()
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("hello hello hello"u8);
        }

        var detected = ContentSniffer.Detect(stream.ToArray());

        Assert.Equal("application/gzip", detected);
    }

    [Theory]
    [InlineData("hello world", "text/plain")]
    [InlineData("  \r\n\t", "text/plain")]
    [InlineData("line one\fline two", "text/plain")]
    [InlineData("caf\u00e9 \u2603", "text/plain")]
    [InlineData("MZ is how a DOS executable starts", "text/plain")]
    [InlineData("BM is not a bitmap unless the header says so", "text/plain")]
    [InlineData("OTTO von Bismarck", "text/plain")]
    [InlineData("ID3 tags live at the start of MP3 files", "text/plain")]
    [InlineData("<?xml version=\"1.0\"?><a/>", "application/xml")]
    [InlineData("\n  <?xml version=\"1.0\"?>\n<a>text</a>\n", "application/xml")]
    [InlineData("<note><to>Tove</to></note>", "application/xml")]
    [InlineData("<htmlish>not html</htmlish>", "application/xml")]
    [InlineData("<not closed", "text/plain")]
    [InlineData("<!doctype HTML><p>hi", "text/html")]
    [InlineData("<HTML><body></body></HTML>", "text/html")]
    [InlineData("<!-- generated -->\n<html lang=\"en\"></html>", "text/html")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "image/svg+xml")]
    [InlineData("<?xml version=\"1.0\"?>\n<svg></svg>", "image/svg+xml")]
    [InlineData("<!DOCTYPE svg [ <!ENTITY x \"<y>\"> ]><svg>&x;</svg>", "image/svg+xml")]
    [InlineData("<svgx/>", "application/xml")]
    [InlineData("{\"a\": [1, 2, {\"b\": null}]}", "application/json")]
    [InlineData("  [1, 2.5, \"three\", true]  ", "application/json")]
    [InlineData("{}", "application/json")]
    [InlineData("{not json}", "text/plain")]
    [InlineData("{\"a\": 1} trailing", "text/plain")]
    [InlineData("[1, 2,]", "text/plain")]
    [InlineData("42", "text/plain")]
    public void Detect_Text_ClassifiesByShape(string text, string expected)
    {
        var data = Encoding.UTF8.GetBytes(text);

        var detected = ContentSniffer.Detect(data);

        Assert.Equal(expected, detected);
    }

    [Fact]
    public void Detect_Utf8BomBeforeXml_ReturnsXml()
    {
        byte[] data = [.. Encoding.UTF8.Preamble, .. "<?xml version=\"1.0\"?><a/>"u8];

        var detected = ContentSniffer.Detect(data);

        Assert.Equal("application/xml", detected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("010203")]
    [InlineData("68656C6C6F00776F726C64")]
    [InlineData("68C328")]
    [InlineData("1B5B33316D")]
    public void Detect_EmptyOrUnrecognisedBinary_ReturnsOctetStream(string hex)
    {
        var data = Convert.FromHexString(hex);

        var detected = ContentSniffer.Detect(data);

        Assert.Equal("application/octet-stream", detected);
    }

    [Fact]
    public void Detect_LargeJsonArray_ReturnsJson()
    {
        var json = "[" + string.Join(',', Enumerable.Repeat("{\"id\":12345,\"name\":\"widget\"}", 200_000)) + "]";

        var detected = ContentSniffer.Detect(Encoding.UTF8.GetBytes(json));

        Assert.Equal("application/json", detected);
    }

    [Fact]
    public void Matches_JpegAgainstJpeg_ReturnsTrue()
    {
        var data = TestFiles.Fixture("rat.jpg");

        var matches = ContentSniffer.Matches(data, "image/jpeg", out var detected);

        Assert.True(matches);
        Assert.Equal("image/jpeg", detected);
    }

    [Fact]
    public void Matches_PdfAgainstJpeg_ReturnsFalseWithDetectedType()
    {
        var data = TestFiles.Fixture("sample.pdf");

        var matches = ContentSniffer.Matches(data, "image/jpeg", out var detected);

        Assert.False(matches);
        Assert.Equal("application/pdf", detected);
    }

    [Theory]
    [InlineData("IMAGE/JPEG")]
    [InlineData("image/jpeg; quality=high")]
    [InlineData(" image/jpg ")]
    public void Matches_CaseParametersOrAlias_ReturnsTrue(string expected)
    {
        var data = TestFiles.Data("bodies/jfif-header.jpg");

        var matches = ContentSniffer.Matches(data, expected, out _);

        Assert.True(matches);
    }

    [Fact]
    public void Matches_TextXmlAgainstXml_ReturnsTrue()
    {
        var data = TestFiles.Data("bodies/document.xml");

        var matches = ContentSniffer.Matches(data, "text/xml; charset=utf-8", out var detected);

        Assert.True(matches);
        Assert.Equal("application/xml", detected);
    }

    [Fact]
    public void Matches_TextPlainAgainstJson_ReturnsFalse()
    {
        var data = TestFiles.Data("bodies/data.json");

        var matches = ContentSniffer.Matches(data, "text/plain", out var detected);

        Assert.False(matches);
        Assert.Equal("application/json", detected);
    }

    private static byte[] ZeroPadded(byte[] prefix, int length)
    {
        var data = new byte[Math.Max(length, prefix.Length)];
        prefix.CopyTo(data, 0);
        return data;
    }
}
