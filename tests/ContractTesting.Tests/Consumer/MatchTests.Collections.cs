using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

public sealed partial class MatchTests
{
    [Fact]
    public async Task MinType_WithNestedMatchers_RepeatsItemAndAppliesNestedRulesToEveryItem()
    {
        var body = new { items = Match.MinType(new { id = Match.WholeNumber(7), name = "pen" }, 2) };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body));

        JsonAssert.Equal("""[{"id":7,"name":"pen"},{"id":7,"name":"pen"}]""", pact.At("response", "body", "content", "items"));
        JsonAssert.Equal("""[{"match":"type","min":2}]""", pact.Rules("response", "body", "$.items"));
        JsonAssert.Equal("""[{"match":"integer"}]""", pact.Rules("response", "body", "$.items[*].id"));
        Assert.Null(pact.Rules("response", "body", "$.items[0].id"));
    }

    [Fact]
    public async Task MinType_ZeroMinimum_ExampleStillHoldsOneItem()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(new { tags = Match.MinType("admin", 0) }));

        JsonAssert.Equal("""["admin"]""", pact.At("response", "body", "content", "tags"));
        JsonAssert.Equal("""[{"match":"type","min":0}]""", pact.Rules("response", "body", "$.tags"));
    }

    [Fact]
    public async Task MaxType_Item_ExampleHoldsOneItemWithMaxRule()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(new { tags = Match.MaxType(Match.Regex("a1", "[a-z]\\d"), 3) }));

        JsonAssert.Equal("""["a1"]""", pact.At("response", "body", "content", "tags"));
        JsonAssert.Equal("""[{"match":"type","max":3}]""", pact.Rules("response", "body", "$.tags"));
        JsonAssert.Equal("""[{"match":"regex","regex":"[a-z]\\d"}]""", pact.Rules("response", "body", "$.tags[*]"));
    }

    [Fact]
    public async Task MinMaxType_Item_ExampleHoldsMinimumCopiesWithBothBounds()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(new { scores = Match.MinMaxType(10, 3, 5) }));

        JsonAssert.Equal("[10,10,10]", pact.At("response", "body", "content", "scores"));
        JsonAssert.Equal("""[{"match":"type","min":3,"max":5}]""", pact.Rules("response", "body", "$.scores"));
    }

    [Fact]
    public async Task MinType_NestedInMinType_AppliesAtEachLevel()
    {
        var body = new { rows = Match.MinType(new { cells = Match.MinType(Match.WholeNumber(1), 1) }, 1) };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body));

        JsonAssert.Equal("""[{"cells":[1]}]""", pact.At("response", "body", "content", "rows"));
        JsonAssert.Equal("""[{"match":"type","min":1}]""", pact.Rules("response", "body", "$.rows[*].cells"));
        JsonAssert.Equal("""[{"match":"integer"}]""", pact.Rules("response", "body", "$.rows[*].cells[*]"));
    }

    [Fact]
    public void MinType_NegativeMinimum_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Match.MinType("a", -1));
    }

    [Fact]
    public void MaxType_ZeroMaximum_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Match.MaxType("a", 0));
    }

    [Fact]
    public void MinMaxType_MaximumBelowMinimum_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Match.MinMaxType("a", 3, 2));
    }

    [Fact]
    public async Task Values_WithNestedMatchers_AppliesNestedRulesToEveryValue()
    {
        var body = new { users = Match.Values(new Dictionary<string, object> { ["ada"] = new { age = Match.WholeNumber(36) } }) };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body));

        JsonAssert.Equal("""{"ada":{"age":36}}""", pact.At("response", "body", "content", "users"));
        JsonAssert.Equal("""[{"match":"values"}]""", pact.Rules("response", "body", "$.users"));
        JsonAssert.Equal("""[{"match":"integer"}]""", pact.Rules("response", "body", "$.users.*.age"));
        Assert.Null(pact.Rules("response", "body", "$.users.ada.age"));
    }

    [Fact]
    public async Task EachValue_OverMap_WritesValueRulesAndAppliesNestedRulesAtStar()
    {
        var body = new { prices = Match.EachValue(new Dictionary<string, object> { ["pen"] = Match.DecimalNumber(1.5m) }, Match.Number(1)) };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body));

        JsonAssert.Equal("""{"pen":1.5}""", pact.At("response", "body", "content", "prices"));
        JsonAssert.Equal("""[{"match":"eachValue","rules":[{"match":"number"}]}]""", pact.Rules("response", "body", "$.prices"));
        JsonAssert.Equal("""[{"match":"decimal"}]""", pact.Rules("response", "body", "$.prices.*"));
    }

    [Fact]
    public async Task EachValue_OverList_AppliesNestedRulesAtStarIndex()
    {
        var body = new { codes = Match.EachValue(new object[] { Match.Regex("ab", "[a-z]+"), "cd" }, Match.Type("x")) };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body));

        JsonAssert.Equal("""["ab","cd"]""", pact.At("response", "body", "content", "codes"));
        JsonAssert.Equal("""[{"match":"eachValue","rules":[{"match":"type"}]}]""", pact.Rules("response", "body", "$.codes"));
        JsonAssert.Equal("""[{"match":"regex","regex":"[a-z]+"}]""", pact.Rules("response", "body", "$.codes[*]"));
    }

    [Fact]
    public async Task EachKey_KeyMatchers_WritesKeyRules()
    {
        var body = new { stock = Match.EachKey(new Dictionary<string, int> { ["sku1"] = 3 }, Match.Regex("sku1", "sku\\d+")) };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body));

        JsonAssert.Equal("""{"sku1":3}""", pact.At("response", "body", "content", "stock"));
        JsonAssert.Equal("""[{"match":"eachKey","rules":[{"match":"regex","regex":"sku\\d+"}]}]""", pact.Rules("response", "body", "$.stock"));
    }

    [Fact]
    public async Task ArrayContains_Variants_WriteExamplesAndEachVariantsOwnRules()
    {
        var body = new
        {
            roles = Match.ArrayContains(
                new { kind = "admin", level = Match.WholeNumber(3) },
                new { kind = "user", since = Match.Date("2024-01-31") }),
        };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body));

        JsonAssert.Equal("""[{"kind":"admin","level":3},{"kind":"user","since":"2024-01-31"}]""", pact.At("response", "body", "content", "roles"));
        JsonAssert.Equal(
            """
            [{"match":"arrayContains","variants":[
              {"index":0,"rules":{"$.level":{"combine":"AND","matchers":[{"match":"integer"}]}}},
              {"index":1,"rules":{"$.since":{"combine":"AND","matchers":[{"match":"date","format":"yyyy-MM-dd"}]}}}]}]
            """,
            pact.Rules("response", "body", "$.roles"));
        Assert.Single(pact.Http().Response.MatchingRules.Category("body").Rules);
    }

    [Fact]
    public async Task ArrayContains_VariantWithGenerator_WritesVariantGenerators()
    {
        var body = new { events = Match.ArrayContains(new { id = Match.Uuid() }) };

        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(body));

        JsonAssert.Equal("""{"$.id":{"type":"Uuid"}}""", pact.At("response", "matchingRules", "body", "$.events", "matchers", "0", "variants", "0", "generators"));
        Assert.Null(pact.Generator("response", "body", "$.events"));
    }

    [Fact]
    public async Task ArrayContains_ScalarVariant_HasRulesAtItsRoot()
    {
        var pact = await ConsumerRun.RespondAsync(response => response.WithJsonBody(new { ids = Match.ArrayContains(Match.WholeNumber(5)) }));

        JsonAssert.Equal("[5]", pact.At("response", "body", "content", "ids"));
        JsonAssert.Equal(
            """[{"match":"arrayContains","variants":[{"index":0,"rules":{"$":{"combine":"AND","matchers":[{"match":"integer"}]}}}]}]""",
            pact.Rules("response", "body", "$.ids"));
    }

    [Fact]
    public void ArrayContains_NoVariants_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Match.ArrayContains());

        Assert.Contains("at least one variant", error.Message, StringComparison.Ordinal);
    }
}
