using ContractTesting.Models;

namespace ContractTesting.Tests.Models;

public sealed class HeaderCollectionTests
{
    [Fact]
    public void TryGetValue_DifferentCase_FindsTheHeader()
    {
        var headers = HeaderCollection.From([new("Content-Type", "application/json")]);

        var found = headers.TryGetValue("content-TYPE", out var values);

        Assert.True(found);
        Assert.Equal(["application/json"], values);
    }

    [Fact]
    public void Constructor_NamesDifferingInCase_MergesValuesKeepingFirstSpelling()
    {
        var headers = new HeaderCollection([new("X-Id", ["1"]), new("x-id", ["2"])]);

        var (name, values) = Assert.Single(headers);
        Assert.Equal("X-Id", name);
        Assert.Equal(["1", "2"], values);
    }

    [Fact]
    public void With_ExistingHeader_ReplacesValuesInPlace()
    {
        var headers = HeaderCollection.From([new("A", "1"), new("B", "2"), new("C", "3")]);

        var updated = headers.With("b", "two", "deux");

        Assert.Equal(["A", "b", "C"], updated.Keys);
        Assert.Equal(["two", "deux"], updated["B"]);
        Assert.Equal(["2"], headers["B"]);
    }

    [Fact]
    public void GetJoined_MissingHeader_IsNull()
    {
        var headers = HeaderCollection.From([new("Accept", "a")]);

        Assert.Null(headers.GetJoined("Content-Type"));
        Assert.Equal("a", headers.GetJoined("accept"));
    }

    [Fact]
    public void Indexer_MissingHeader_ThrowsNamingIt()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => HeaderCollection.Empty["X-Missing"]);

        Assert.Contains("X-Missing", error.Message, StringComparison.Ordinal);
    }
}
