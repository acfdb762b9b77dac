using ContractTesting.Rules;

namespace ContractTesting.Tests.Rules;

public sealed partial class DocPathTests
{
    [Fact]
    public void Parse_RootMarker_ReturnsRootOnly()
    {
        var path = DocPath.Parse("$");

        Assert.Equal([PathToken.Root], path.Tokens);
        Assert.Equal(DocPath.Root, path);
    }

    [Fact]
    public void Parse_EmptyString_ReturnsEmptyPath()
    {
        var path = DocPath.Parse(string.Empty);

        Assert.Equal(0, path.Length);
        Assert.Same(DocPath.Empty, path);
    }

    [Fact]
    public void Parse_DottedNames_ReturnsFieldPerName()
    {
        var path = DocPath.Parse("$.order.lines");

        Assert.Equal([PathToken.Root, PathToken.Field("order"), PathToken.Field("lines")], path.Tokens);
    }

    [Theory]
    [InlineData("$['a b']", "a b")]
    [InlineData("$[\"a b\"]", "a b")]
    [InlineData("$['it\\'s']", "it's")]
    [InlineData("$[\"say \\\"hi\\\"\"]", "say \"hi\"")]
    [InlineData("$['back\\\\slash']", "back\\slash")]
    [InlineData("$['a.b[0]']", "a.b[0]")]
    [InlineData("$['*']", "*")]
    [InlineData("$['0']", "0")]
    [InlineData("$['#text']", "#text")]
    [InlineData("$['@name']", "@name")]
    [InlineData("$.#text", "#text")]
    [InlineData("$.@name", "@name")]
    [InlineData("$.content-type", "content-type")]
    [InlineData("$.ns:item", "ns:item")]
    [InlineData("$._links", "_links")]
    [InlineData("$.café", "café")]
    [InlineData("$.2fa", "2fa")]
    public void Parse_OneNamedStep_ReadsTheName(string expression, string name)
    {
        var path = DocPath.Parse(expression);

        Assert.Equal([PathToken.Root, PathToken.Field(name)], path.Tokens);
    }

    [Theory]
    [InlineData("$[0]", 0)]
    [InlineData("$[7]", 7)]
    [InlineData("$[0042]", 42)]
    [InlineData("$[2147483647]", int.MaxValue)]
    public void Parse_Index_ReadsTheNumber(string expression, int index)
    {
        var path = DocPath.Parse(expression);

        Assert.Equal([PathToken.Root, PathToken.At(index)], path.Tokens);
    }

    [Fact]
    public void Parse_Wildcards_ReturnsStarAndStarIndex()
    {
        var star = DocPath.Parse("$.*");
        var starIndex = DocPath.Parse("$[*]");

        Assert.Equal([PathToken.Root, PathToken.Star], star.Tokens);
        Assert.Equal([PathToken.Root, PathToken.StarIndex], starIndex.Tokens);
        Assert.True(star.IsWildcard);
        Assert.True(starIndex.IsWildcard);
    }

    [Fact]
    public void Parse_MixedSteps_ReturnsTokensInOrder()
    {
        var path = DocPath.Parse("$.item1.level[1]['the id'].*[*]");

        Assert.Equal(
            [PathToken.Root, PathToken.Field("item1"), PathToken.Field("level"), PathToken.At(1), PathToken.Field("the id"), PathToken.Star, PathToken.StarIndex],
            path.Tokens);
        Assert.False(DocPath.Parse("$.items[*].name").IsWildcard);
    }

    [Theory]
    [InlineData("Accept", "Accept")]
    [InlineData("content-type", "content-type")]
    [InlineData("X-Request-ID", "X-Request-ID")]
    [InlineData("_links", "_links")]
    [InlineData("page2", "page2")]
    public void Parse_BareName_ReadsAsFieldBelowRoot(string expression, string name)
    {
        var path = DocPath.Parse(expression);

        Assert.Equal([PathToken.Root, PathToken.Field(name)], path.Tokens);
        Assert.Equal(name, path.FirstField);
    }

    [Fact]
    public void Parse_BareNameWithMoreSteps_ReadsEveryStep()
    {
        var path = DocPath.Parse("animals.alligator[0]");

        Assert.Equal([PathToken.Root, PathToken.Field("animals"), PathToken.Field("alligator"), PathToken.At(0)], path.Tokens);
    }

    [Theory]
    [InlineData(".a", 0, "does not start with the root marker")]
    [InlineData("[0]", 0, "does not start with the root marker")]
    [InlineData("$.", 1, "expected a name or \"*\" after \".\"")]
    [InlineData("$.a.", 3, "expected a name or \"*\" after \".\"")]
    [InlineData("$a", 1, "expected \".\" or \"[\" but found \"a\"")]
    [InlineData("$.*a", 3, "expected \".\" or \"[\" but found \"a\"")]
    [InlineData("$['a']x", 6, "expected \".\" or \"[\" but found \"x\"")]
    [InlineData("$[0]]", 4, "expected \".\" or \"[\" but found \"]\"")]
    [InlineData("$..a", 2, "\".\" is not allowed in a name")]
    [InlineData("$.a b", 3, "\" \" is not allowed in a name")]
    [InlineData("$.price$", 7, "\"$\" is not allowed in a name")]
    [InlineData("a$", 1, "\"$\" is not allowed in a name")]
    [InlineData("$[", 1, "unterminated \"[\"")]
    [InlineData("$.a[0", 3, "unterminated \"[\": expected \"]\"")]
    [InlineData("$[*", 1, "unterminated \"[\": expected \"]\"")]
    [InlineData("$['a'", 1, "unterminated \"[\": expected \"]\"")]
    [InlineData("$[-1]", 2, "an index must be a number, \"*\" or a quoted name, not \"-\"")]
    [InlineData("$[abc]", 2, "an index must be a number, \"*\" or a quoted name, not \"a\"")]
    [InlineData("$[99999999999]", 2, "the index is too large")]
    [InlineData("$['a", 2, "unterminated quoted name")]
    [InlineData("$['a\\']", 2, "unterminated quoted name")]
    [InlineData("$[\"a']", 2, "unterminated quoted name")]
    [InlineData("$['']", 2, "a quoted name may not be empty")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingThePosition(string expression, int index, string problem)
    {
        var exception = Assert.Throws<FormatException>(() => DocPath.Parse(expression));

        Assert.Contains($"\"{expression}\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"at index {index}:", exception.Message, StringComparison.Ordinal);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$.")]
    [InlineData("$[abc]")]
    [InlineData("$['a")]
    public void TryParse_Malformed_ReturnsFalseWithTheParseMessage(string expression)
    {
        var thrown = Assert.Throws<FormatException>(() => DocPath.Parse(expression));

        var parsed = DocPath.TryParse(expression, out var path, out var error);

        Assert.False(parsed);
        Assert.Null(path);
        Assert.Equal(thrown.Message, error);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => DocPath.Parse(null!));
    }
}
