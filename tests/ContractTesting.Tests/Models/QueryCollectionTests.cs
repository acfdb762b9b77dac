using ContractTesting.Models;

namespace ContractTesting.Tests.Models;

public sealed class QueryCollectionTests
{
    [Fact]
    public void Parse_RepeatedNames_KeepsValuesInOrderUnderOneName()
    {
        var query = QueryCollection.Parse("?tag=a&page=2&tag=b");

        Assert.Equal(["tag", "page"], query.Keys);
        Assert.Equal(["a", "b"], query["tag"]);
    }

    [Fact]
    public void Parse_EncodedAndFlagParameters_AreDecoded()
    {
        var query = QueryCollection.Parse("q=a%20b+c&flag&eq=x%3Dy");

        Assert.Equal(["a b c"], query["q"]);
        Assert.Equal([null], query["flag"]);
        Assert.Equal(["x=y"], query["eq"]);
    }

    [Fact]
    public void ToQueryString_ParsedText_GivesTheTextBack()
    {
        var query = QueryCollection.Parse("b=2&a=1&");

        Assert.Equal("b=2&a=1&", query.ToQueryString());
    }

    [Fact]
    public void ToQueryString_BuiltFromValues_EncodesThem()
    {
        var query = new QueryCollection([new("q", ["a b&c"]), new("flag", [null])]);

        Assert.Equal("q=a%20b%26c&flag", query.ToQueryString());
    }
}
