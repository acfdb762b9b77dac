using ContractTesting.Bodies;

namespace ContractTesting.Tests.Bodies;

public sealed class MultipartPartTests
{
    [Theory]
    [InlineData("form-data; name=\"field\"", "field")]
    [InlineData("form-data; name=field", "field")]
    [InlineData("form-data;name = \"a;b\" ; filename=\"x\"", "a;b")]
    [InlineData("form-data; filename=\"x\"", null)]
    public void Name_ContentDisposition_ReturnsNameParameter(string disposition, string? expected)
    {
        var part = WithDisposition(disposition);

        var name = part.Name;

        Assert.Equal(expected, name);
    }

    [Theory]
    [InlineData("attachment; filename=\"plain.txt\"", "plain.txt")]
    [InlineData("attachment; filename*=UTF-8''na%C3%AFve.txt; filename=\"naive.txt\"", "na\u00efve.txt")]
    [InlineData("attachment; filename*=iso-8859-1'en'%A3%20rates.txt", "\u00a3 rates.txt")]
    [InlineData("attachment; filename=\"fallback.txt\"; filename*=UTF-8''%FF%FE", "fallback.txt")]
    [InlineData("attachment; filename=\"fallback.txt\"; filename*=KOI8-R''%C1", "fallback.txt")]
    [InlineData("attachment; filename=\"fallback.txt\"; filename*=UTF-8''%4", "fallback.txt")]
    [InlineData("form-data; name=\"f\"; filename=\"C:\\docs\\report.pdf\"", "C:\\docs\\report.pdf")]
    [InlineData("form-data; name=\"f\"; filename=\"say \\\"hi\\\".txt\"", "say \"hi\".txt")]
    [InlineData("form-data; name=\"f\"", null)]
    public void FileName_ContentDisposition_ReturnsDecodedFileName(string disposition, string? expected)
    {
        var part = WithDisposition(disposition);

        var fileName = part.FileName;

        Assert.Equal(expected, fileName);
    }

    [Fact]
    public void GetHeader_DifferentCase_FindsFirstHeader()
    {
        var part = new MultipartPart([new("content-type", "text/plain"), new("Content-Type", "text/html")], []);

        var contentType = part.GetHeader("CONTENT-TYPE");

        Assert.Equal("text/plain", contentType);
    }

    [Fact]
    public void NameAndContentType_NoHeaders_ReturnNull()
    {
        var part = new MultipartPart([], []);

        var (name, fileName, contentType) = (part.Name, part.FileName, part.ContentType);

        Assert.Null(name);
        Assert.Null(fileName);
        Assert.Null(contentType);
    }

    private static MultipartPart WithDisposition(string disposition) =>
        new([new("Content-Disposition", disposition)], []);
}
