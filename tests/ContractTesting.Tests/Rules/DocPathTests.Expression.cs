using ContractTesting.Rules;

namespace ContractTesting.Tests.Rules;

public sealed partial class DocPathTests
{
    [Theory]
    [InlineData("$")]
    [InlineData("$.a.b")]
    [InlineData("$.items[0].name")]
    [InlineData("$.*")]
    [InlineData("$[*].id")]
    [InlineData("$['a b'][3].*")]
    [InlineData("$.animals.alligator['@name']")]
    public void Expression_CanonicalText_IsKeptAsWritten(string expression)
    {
        var path = DocPath.Parse(expression);

        Assert.Equal(expression, path.Expression);
        Assert.Equal(expression, path.ToString());
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("with space")]
    [InlineData("it's")]
    [InlineData("back\\slash")]
    [InlineData("trailing\\")]
    [InlineData("a.b[0]")]
    [InlineData("#text")]
    [InlineData("\"quoted\"")]
    [InlineData("123")]
    [InlineData("*")]
    public void Expression_OfBuiltPath_ParsesBackToTheSameSteps(string name)
    {
        var built = DocPath.Root.JoinField(name).JoinIndex(2).Append(PathToken.Star).Append(PathToken.StarIndex);

        var reparsed = DocPath.Parse(built.Expression);

        Assert.Equal(built.Tokens, reparsed.Tokens);
    }

    [Fact]
    public void Expression_OfBuiltPath_UsesDotsForIdentifiersAndBracketsOtherwise()
    {
        var path = DocPath.Root.JoinField("order").JoinField("line items").JoinIndex(0).Append(PathToken.Star).Append(PathToken.StarIndex);

        Assert.Equal("$.order['line items'][0].*[*]", path.Expression);
    }

    [Theory]
    [InlineData("$.a", "$['a']")]
    [InlineData("$.a", "$[\"a\"]")]
    [InlineData("Accept", "$.Accept")]
    [InlineData("$[0042]", "$[42]")]
    public void Equals_SameStepsWrittenDifferently_AreEqual(string left, string right)
    {
        var a = DocPath.Parse(left);
        var b = DocPath.Parse(right);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Theory]
    [InlineData("$.a", "$.b")]
    [InlineData("$.a", "$.A")]
    [InlineData("$[0]", "$['0']")]
    [InlineData("$.*", "$[*]")]
    [InlineData("$.*", "$['*']")]
    public void Equals_DifferentSteps_AreNotEqual(string left, string right)
    {
        Assert.NotEqual(DocPath.Parse(left), DocPath.Parse(right));
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("7", 7)]
    [InlineData("10", 10)]
    [InlineData("123456789", 123456789)]
    public void Join_CanonicalNumber_AppendsAnIndex(string part, int index)
    {
        var path = DocPath.Root.Join("items").Join(part);

        Assert.Equal(PathToken.At(index), path.Tokens[^1]);
        Assert.Equal($"$.items[{index}]", path.Expression);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1.5")]
    [InlineData("1234567890")]
    [InlineData("١٢")]
    [InlineData("id")]
    [InlineData("a b")]
    public void Join_OtherText_AppendsAField(string part)
    {
        var path = DocPath.Root.Join(part);

        Assert.Equal(PathToken.Field(part), path.Tokens[^1]);
    }

    [Fact]
    public void Join_KeyNamedStar_AppendsAFieldNotAWildcard()
    {
        var path = DocPath.Root.Join("*");

        Assert.Equal(PathToken.Field("*"), path.Tokens[^1]);
        Assert.Equal("$['*']", path.Expression);
    }

    [Fact]
    public void JoinField_Digits_AppendsAFieldNotAnIndex()
    {
        var path = DocPath.Root.JoinField("0");

        Assert.Equal(PathToken.Field("0"), path.Tokens[^1]);
        Assert.Equal("$['0']", path.Expression);
    }

    [Fact]
    public void Join_LeavesTheOriginalPathUnchanged()
    {
        var parent = DocPath.Parse("$.a");

        _ = parent.Join("b");

        Assert.Equal("$.a", parent.Expression);
        Assert.Equal(2, parent.Length);
    }
}
