using System.Text.RegularExpressions;
using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed class RegexGeneratorTests
{
    [Theory]
    [InlineData(@"\d{1,8}")]
    [InlineData(@"[A-Z]{3}-\d{4}")]
    [InlineData("(red|green|blue)")]
    [InlineData(@"^\w+@example\.com$")]
    [InlineData(@"[a-f0-9]{8}(-[a-f0-9]{4}){3}-[a-f0-9]{12}")]
    [InlineData("x?y*z+")]
    public void Generate_Pattern_ReturnsWholeMatch(string pattern)
    {
        var generator = new RegexGenerator(pattern);

        var values = GeneratorContexts.Draw(generator, new JValue("example"), 50);

        Assert.All(values, value => Assert.Equal(JTokenType.String, value.Type));
        Assert.All(values, value => Assert.Matches(new Regex($"^(?:{pattern})$"), value.Value<string>()));
    }

    [Fact]
    public void Generate_NumberExample_ReturnsString()
    {
        var generator = new RegexGenerator(@"\d{3}");

        var value = GeneratorContexts.Draw(generator, new JValue(123), 1).Single();

        Assert.Equal(JTokenType.String, value.Type);
        Assert.Matches(@"^\d{3}$", value.Value<string>());
    }

    [Fact]
    public void Generate_Alternation_PicksEveryBranch()
    {
        var generator = new RegexGenerator("red|green|blue");

        var values = GeneratorContexts.Draw(generator, new JValue("red"), 60).Select(GeneratorContexts.Text).ToHashSet();

        Assert.Equal(["blue", "green", "red"], values.Order());
    }

    [Fact]
    public void Generate_SameSeed_GivesSameValues()
    {
        var generator = new RegexGenerator("[a-z]{10}");

        var first = GeneratorContexts.Draw(generator, new JValue("x"), 5, seed: 4).Select(GeneratorContexts.Text).ToList();
        var second = GeneratorContexts.Draw(generator, new JValue("x"), 5, seed: 4).Select(GeneratorContexts.Text).ToList();

        Assert.Equal(first, second);
        Assert.Equal(5, first.Distinct().Count());
    }

    [Theory]
    [InlineData("(abc")]
    [InlineData("[z-a]")]
    public void Generate_InvalidPattern_ThrowsNamingPattern(string pattern)
    {
        var generator = new RegexGenerator(pattern);

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue("x"), GeneratorContexts.Consumer()));

        Assert.Contains($"'{pattern}'", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void ToJson_Pattern_WritesRegex()
    {
        var json = new RegexGenerator(@"\d+").ToJson();

        Assert.Equal("""{"regex":"\\d+","type":"Regex"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(GeneratorMode.Consumer)]
    [InlineData(GeneratorMode.Provider)]
    public void AppliesIn_AnyMode_IsTrue(GeneratorMode mode)
    {
        var generator = new RegexGenerator(".*");

        var applies = generator.AppliesIn(mode);

        Assert.True(applies);
    }
}
