using ContractTesting.Models;

namespace ContractTesting.Tests.Models;

public sealed class ContentTypeTests
{
    [Theory]
    [InlineData("application/json", "application", "json", null)]
    [InlineData("Application/JSON; Charset=UTF-8", "application", "json", null)]
    [InlineData("application/vnd.siren+json", "application", "vnd.siren", "json")]
    [InlineData("image/svg+xml", "image", "svg", "xml")]
    [InlineData("multipart/form-data; boundary=\"abc;def\"", "multipart", "form-data", null)]
    public void Parse_ValidText_SplitsTypeSubtypeAndSuffix(string text, string type, string subtype, string? suffix)
    {
        var contentType = ContentType.Parse(text);

        Assert.Equal(type, contentType.Type);
        Assert.Equal(subtype, contentType.Subtype);
        Assert.Equal(suffix, contentType.Suffix);
        Assert.Equal(text, contentType.ToString());
    }

    [Fact]
    public void Parse_QuotedParameter_IsUnquotedAndMayContainSemicolons()
    {
        var contentType = ContentType.Parse("multipart/form-data; boundary=\"abc;def\"; charset=utf-8");

        Assert.Equal("abc;def", contentType.Boundary);
        Assert.Equal("utf-8", contentType.Charset);
    }

    [Theory]
    [InlineData("")]
    [InlineData("json")]
    [InlineData("application/")]
    [InlineData("/json")]
    [InlineData("a/b/c")]
    [InlineData("application/json; charset")]
    [InlineData("text/plain text")]
    public void Parse_InvalidText_ThrowsFormatExceptionNamingIt(string text)
    {
        var error = Assert.Throws<FormatException>(() => ContentType.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json", true, false, true, false)]
    [InlineData("application/hal+json", true, false, true, false)]
    [InlineData("text/xml", false, true, true, false)]
    [InlineData("application/atom+xml", false, true, true, false)]
    [InlineData("text/plain", false, false, true, false)]
    [InlineData("application/x-www-form-urlencoded", false, false, true, false)]
    [InlineData("image/jpeg", false, false, false, true)]
    [InlineData("application/octet-stream", false, false, false, true)]
    [InlineData("application/pdf", false, false, false, true)]
    public void Kinds_CommonTypes_AreClassified(string text, bool json, bool xml, bool isText, bool binary)
    {
        var contentType = ContentType.Parse(text);

        Assert.Equal(json, contentType.IsJson);
        Assert.Equal(xml, contentType.IsXml);
        Assert.Equal(isText, contentType.IsText);
        Assert.Equal(binary, contentType.IsBinary);
    }

    [Theory]
    [InlineData("application/json", "application/json; charset=utf-8", true)]
    [InlineData("application/json; charset=utf-8", "application/json; charset=UTF-8", true)]
    [InlineData("application/json; charset=utf-8", "application/json", false)]
    [InlineData("application/json", "text/json", false)]
    [InlineData("application/xml", "text/xml", true)]
    [InlineData("application/hal+json", "application/json", false)]
    public void IsEquivalentTo_Pairs_FollowTheExpectedParameters(string expected, string actual, bool equivalent)
    {
        var result = ContentType.Parse(expected).IsEquivalentTo(ContentType.Parse(actual));

        Assert.Equal(equivalent, result);
    }

    [Fact]
    public void BaseType_StructuredSuffix_IsTheSuffixType()
    {
        var baseType = ContentType.Parse("application/vnd.siren+json; charset=utf-8").BaseType;

        Assert.Equal("application/json", baseType.ToString());
    }
}
