using ContractTesting.Rules;

namespace ContractTesting.Tests.Rules;

public sealed partial class DocPathTests
{
    [Theory]
    [InlineData("$", "$", 2)]
    [InlineData("$.a", "$.a", 4)]
    [InlineData("$.*", "$.a", 2)]
    [InlineData("$.*", "$[3]", 2)]
    [InlineData("$[*]", "$[3]", 2)]
    [InlineData("$[3]", "$[3]", 4)]
    [InlineData("$.a[*].b", "$.a[1].b", 8)]
    [InlineData("$.a[1].b", "$.a[1].b", 16)]
    [InlineData("$.*[*].*", "$.a[1].b", 2)]
    [InlineData("$.items.0", "$.items[0]", 8)]
    [InlineData("$.items[0]", "$.items.0", 8)]
    [InlineData("$.items[*]", "$.items.0", 4)]
    public void Weight_RuleOnSameDepth_MultipliesTwoPerExactAndOnePerWildcardStep(string rule, string concrete, int weight)
    {
        var actual = DocPath.Parse(rule).Weight(DocPath.Parse(concrete));

        Assert.Equal(weight, actual);
    }

    [Theory]
    [InlineData("$", "$.a.b", 2)]
    [InlineData("$.a", "$.a.b.c", 4)]
    [InlineData("$.*", "$.a[0]", 2)]
    [InlineData("$.a[*]", "$.a[5].name", 4)]
    public void Weight_RuleOnAncestor_WeighsItsOwnSteps(string rule, string concrete, int weight)
    {
        var actual = DocPath.Parse(rule).Weight(DocPath.Parse(concrete));

        Assert.Equal(weight, actual);
    }

    [Theory]
    [InlineData("$.a.b", "$.a")]
    [InlineData("$.a", "$")]
    [InlineData("$.a", "")]
    [InlineData("$.*.*", "$.a")]
    [InlineData("$.a", "$.b")]
    [InlineData("$.a", "$.A")]
    [InlineData("$[0]", "$[1]")]
    [InlineData("$[*]", "$.a")]
    [InlineData("$.a.b", "$.x.b")]
    public void Weight_NonApplyingOrShorterConcretePath_IsZero(string rule, string concrete)
    {
        var actual = DocPath.Parse(rule).Weight(DocPath.Parse(concrete));

        Assert.Equal(0, actual);
    }

    [Theory]
    [InlineData("")]
    [InlineData("$")]
    [InlineData("$.a[2]")]
    public void Weight_EmptyRulePath_AppliesEverywhereWithWeightOne(string concrete)
    {
        var actual = DocPath.Empty.Weight(DocPath.Parse(concrete));

        Assert.Equal(1, actual);
    }

    [Theory]
    [InlineData("$.a", "$.a", true, true)]
    [InlineData("$.a", "$.a.b", true, false)]
    [InlineData("$.*", "$.a", true, true)]
    [InlineData("$.a.b", "$.a", false, false)]
    [InlineData("$.b", "$.a", false, false)]
    public void Matches_RuleAndConcretePaths_TellAncestorFromExactMatch(string rule, string concrete, bool matches, bool exactly)
    {
        var rulePath = DocPath.Parse(rule);
        var concretePath = DocPath.Parse(concrete);

        Assert.Equal(matches, rulePath.Matches(concretePath));
        Assert.Equal(exactly, rulePath.MatchesExactly(concretePath));
    }

    [Fact]
    public void ToLowerInvariant_LowersFieldNamesOnly()
    {
        var path = DocPath.Parse("$.Content-Type[1].*");

        var lower = path.ToLowerInvariant();

        Assert.Equal([PathToken.Root, PathToken.Field("content-type"), PathToken.At(1), PathToken.Star], lower.Tokens);
    }

    [Theory]
    [InlineData("$.a.b", "a")]
    [InlineData("$[0].name", "name")]
    [InlineData("$[*]", null)]
    [InlineData("", null)]
    public void FirstField_ReturnsTheFirstNamedStep(string expression, string? expected)
    {
        var first = DocPath.Parse(expression).FirstField;

        Assert.Equal(expected, first);
    }
}
