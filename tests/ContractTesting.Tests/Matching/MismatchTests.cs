using ContractTesting.Matching;

namespace ContractTesting.Tests.Matching;

public sealed class MismatchTests
{
    [Theory]
    [InlineData(MismatchPart.Body, "$.items[0].sku", "body $.items[0].sku: boom")]
    [InlineData(MismatchPart.Header, "Content-Type", "header Content-Type: boom")]
    [InlineData(MismatchPart.Query, "page", "query page: boom")]
    [InlineData(MismatchPart.Metadata, "topic", "metadata topic: boom")]
    public void ToString_WithLocation_NamesPartAndLocation(MismatchPart part, string location, string expected)
    {
        var mismatch = new Mismatch(part, location, "e", "a", "boom");

        Assert.Equal(expected, mismatch.ToString());
    }

    [Theory]
    [InlineData(MismatchPart.Method, "method: boom")]
    [InlineData(MismatchPart.Path, "path: boom")]
    [InlineData(MismatchPart.Status, "status: boom")]
    [InlineData(MismatchPart.BodyContentType, "body content type: boom")]
    [InlineData(MismatchPart.Query, "query: boom")]
    public void ToString_WithoutLocation_NamesThePartOnly(MismatchPart part, string expected)
    {
        var mismatch = new Mismatch(part, string.Empty, null, null, "boom");

        Assert.Equal(expected, mismatch.ToString());
    }

    [Fact]
    public void ToString_OfAMatcherResult_ShowsWhereAndWhat()
    {
        var result = PactMatcher.MatchRequest(new() { Method = "GET", Path = "/users/1" }, new() { Method = "GET", Path = "/users/2" });

        var text = Assert.Single(result.Mismatches).ToString();

        Assert.Equal("path: Expected '/users/2' to be equal to '/users/1'", text);
    }

    [Fact]
    public void Equals_SameValues_AreEqual()
    {
        var a = new Mismatch(MismatchPart.Header, "Accept", "application/json", "text/html", "boom");
        var b = new Mismatch(MismatchPart.Header, "Accept", "application/json", "text/html", "boom");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData(MismatchPart.Body, "Accept", "e", "a", "boom")]
    [InlineData(MismatchPart.Header, "Vary", "e", "a", "boom")]
    [InlineData(MismatchPart.Header, "Accept", "x", "a", "boom")]
    [InlineData(MismatchPart.Header, "Accept", "e", null, "boom")]
    [InlineData(MismatchPart.Header, "Accept", "e", "a", "bang")]
    public void Equals_AnyFieldDiffering_AreNotEqual(MismatchPart part, string location, string? expected, string? actual, string message)
    {
        var reference = new Mismatch(MismatchPart.Header, "Accept", "e", "a", "boom");

        Assert.NotEqual(reference, new Mismatch(part, location, expected, actual, message));
    }
}
