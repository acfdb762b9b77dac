using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Rules;

public sealed class MatchingRuleCategoryTests
{
    private const string Concrete = "$.item1.level[1].id";

    [Theory]
    [InlineData("$|$.*.level[*].id|$.item1.level[*].id|$.item1.level[1].id", "$.item1.level[1].id")]
    [InlineData("$.item1.level[1].id|$.item1.level[*].id|$.*.level[*].id|$", "$.item1.level[1].id")]
    [InlineData("$|$.*.level[*].id|$.item1.level[*].id", "$.item1.level[*].id")]
    [InlineData("$.item1.level[*].id|$.*.level[*].id|$", "$.item1.level[*].id")]
    [InlineData("$|$.*.level[*].id", "$.*.level[*].id")]
    [InlineData("$.*.level[*].id|$", "$.*.level[*].id")]
    [InlineData("$", "$")]
    public void Select_SeveralApplicablePaths_MostSpecificWinsWhateverTheOrder(string defined, string winner)
    {
        var category = Labelled(MatchingRules.Body, defined.Split('|'));

        var selected = category.Select(DocPath.Parse(Concrete));

        Assert.Equal(winner, LabelOf(selected));
    }

    [Theory]
    [InlineData("$.item1.level|$.item1", "$.item1.level")]
    [InlineData("$.item1|$.item1.level", "$.item1.level")]
    [InlineData("$.item1.level[*]|$.item1.level", "$.item1.level[*]")]
    [InlineData("$.item1.level[*].id|$.item1.level[1]", "$.item1.level[*].id")]
    public void Select_AncestorAndDeeperRules_DeeperWins(string defined, string winner)
    {
        var category = Labelled(MatchingRules.Body, defined.Split('|'));

        var selected = category.Select(DocPath.Parse(Concrete));

        Assert.Equal(winner, LabelOf(selected));
    }

    [Fact]
    public void Select_RuleAtThePathItself_IsNotCascaded()
    {
        var category = Labelled(MatchingRules.Body, "$.order.total");

        var selected = category.Select(DocPath.Parse("$.order.total"));

        Assert.False(selected.Cascaded);
        Assert.Equal("$.order.total", LabelOf(selected));
    }

    [Theory]
    [InlineData(MatchingRules.Body)]
    [InlineData(MatchingRules.Content)]
    [InlineData(MatchingRules.Metadata)]
    public void Select_RuleOnAnAncestorInATree_IsCascaded(string name)
    {
        var category = Labelled(name, "$.order");

        var selected = category.Select(DocPath.Parse("$.order.lines[0].sku"));

        Assert.True(selected.Cascaded);
        Assert.Equal("$.order", LabelOf(selected));
    }

    [Fact]
    public void Select_WildcardAtTheSameDepth_IsNotCascaded()
    {
        var category = Labelled(MatchingRules.Body, "$.lines[*].sku");

        var selected = category.Select(DocPath.Parse("$.lines[4].sku"));

        Assert.False(selected.Cascaded);
    }

    [Theory]
    [InlineData(MatchingRules.Header)]
    [InlineData(MatchingRules.Query)]
    public void Select_RuleOnANamedValueFromItsItem_IsNotCascaded(string name)
    {
        var category = Labelled(name, "$.accept");

        var selected = category.Select(DocPath.Parse("$.accept[1]"));

        Assert.False(selected.Cascaded);
        Assert.Equal("$.accept", LabelOf(selected));
    }

    [Fact]
    public void Select_NoApplicableRule_ReturnsEmptyUncascadedList()
    {
        var category = Labelled(MatchingRules.Body, "$.a.b", "$.c");

        var selected = category.Select(DocPath.Parse("$.a"));

        Assert.True(selected.IsEmpty);
        Assert.False(selected.Cascaded);
    }

    [Theory]
    [InlineData("$.*.b|$.a.*", "$.*.b")]
    [InlineData("$.a.*|$.*.b", "$.a.*")]
    public void Select_EqualScoreAndLength_FirstDefinedWins(string defined, string winner)
    {
        var category = Labelled(MatchingRules.Body, defined.Split('|'));

        var selected = category.Select(DocPath.Parse("$.a.b"));

        Assert.Equal(winner, LabelOf(selected));
    }

    [Theory]
    [InlineData("$.a|$.*.*.*")]
    [InlineData("$.*.*.*|$.a")]
    public void Select_EqualScoreDifferentLength_LongerPathWinsWhateverTheOrder(string defined)
    {
        var category = Labelled(MatchingRules.Body, defined.Split('|'));

        var selected = category.Select(DocPath.Parse("$.a.b.c"));

        Assert.Equal("$.*.*.*", LabelOf(selected));
    }

    [Fact]
    public void Select_WholePartRuleAtEmptyPath_AppliesToTheEmptyPath()
    {
        var category = Labelled(MatchingRules.Status, string.Empty);

        var selected = category.Select(DocPath.Empty);

        Assert.Equal(string.Empty, LabelOf(selected));
        Assert.False(selected.Cascaded);
    }

    [Theory]
    [InlineData("$.order", "$.order.lines[0]", true)]
    [InlineData("$.order", "$.order", true)]
    [InlineData("$", "$.anything.below", true)]
    [InlineData("$.*.lines", "$.order.lines[2].sku", true)]
    [InlineData("$.order.lines", "$.order", false)]
    [InlineData("$.order", "$.orders", false)]
    [InlineData("$.order", "$.customer.order", false)]
    public void IsDefinedFor_RulesOnThePathOrAnAncestor_ReturnsTrue(string rule, string concrete, bool defined)
    {
        var category = Labelled(MatchingRules.Body, rule);

        var isDefined = category.IsDefinedFor(DocPath.Parse(concrete));

        Assert.Equal(defined, isDefined);
    }

    [Fact]
    public void IsDefinedFor_EmptyCategory_ReturnsFalse()
    {
        var category = MatchingRuleCategory.Empty(MatchingRules.Body);

        Assert.False(category.IsDefinedFor(DocPath.Root));
        Assert.True(category.IsEmpty);
    }

    [Fact]
    public void ExactlyAt_RuleAtThePath_ReturnsIt()
    {
        var category = Labelled(MatchingRules.Body, "$", "$.order");

        var rules = category.ExactlyAt(DocPath.Parse("$.order"));

        Assert.Equal("$.order", Label(rules));
    }

    [Fact]
    public void ExactlyAt_OnlyAnAncestorHasRules_ReturnsNull()
    {
        var category = Labelled(MatchingRules.Body, "$.order");

        var rules = category.ExactlyAt(DocPath.Parse("$.order.total"));

        Assert.Null(rules);
    }

    [Fact]
    public void ExactlyAt_WildcardAtTheSameDepth_ReturnsIt()
    {
        var category = Labelled(MatchingRules.Body, "$.*");

        var rules = category.ExactlyAt(DocPath.Parse("$.order"));

        Assert.Equal("$.*", Label(rules));
    }

    [Theory]
    [InlineData("$.*|$.order")]
    [InlineData("$.order|$.*")]
    public void ExactlyAt_WildcardAndNamedRulesAtTheSameDepth_ReturnsTheNamedOnesWhateverTheOrder(string defined)
    {
        var category = Labelled(MatchingRules.Body, defined.Split('|'));

        var rules = category.ExactlyAt(DocPath.Parse("$.order"));

        Assert.Equal("$.order", Label(rules));
    }

    [Fact]
    public void With_ExistingPath_ReplacesItsRules()
    {
        var category = Labelled(MatchingRules.Body, "$.a", "$.b");

        var updated = category.With(DocPath.Parse("$.a"), new RuleList(new IncludeRule("new")));

        Assert.Equal(2, updated.Rules.Count);
        Assert.Equal("new", Label(updated.ExactlyAt(DocPath.Parse("$.a"))));
        Assert.Equal("$.a", Label(category.ExactlyAt(DocPath.Parse("$.a"))));
    }

    [Fact]
    public void With_SamePathWrittenDifferently_ReplacesItsRules()
    {
        var category = Labelled(MatchingRules.Body, "$.a");

        var updated = category.With(DocPath.Parse("$['a']"), new RuleList(new IncludeRule("new")));

        Assert.Equal("new", LabelOf(updated.Select(DocPath.Parse("$.a"))));
    }

    [Fact]
    public void TypeRuleDefinedFor_TypeRuleOnAncestor_ReturnsTrue()
    {
        var category = RuleSet.Category(MatchingRules.Body, ("$.items", new TypeRule(Min: 1)), ("$.name", new RegexRule("\\w+")));

        Assert.True(category.TypeRuleDefinedFor(DocPath.Parse("$.items[0].sku")));
        Assert.False(category.TypeRuleDefinedFor(DocPath.Parse("$.name")));
    }

    // Each path gets an include rule whose value is the path itself, so the selected list names the path it came from.
    private static MatchingRuleCategory Labelled(string name, params string[] paths) =>
        new(name, paths.Select(p => new KeyValuePair<DocPath, RuleList>(DocPath.Parse(p), new RuleList(new IncludeRule(p)))));

    private static string? LabelOf(SelectedRules selected) => Label(selected.List);

    private static string? Label(RuleList? list) => list?.Rules.OfType<IncludeRule>().Single().Value;
}
