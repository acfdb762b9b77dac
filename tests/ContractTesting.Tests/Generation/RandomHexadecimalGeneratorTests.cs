using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed class RandomHexadecimalGeneratorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(10)]
    [InlineData(64)]
    public void Generate_Digits_ReturnsThatManyUpperCaseHexDigits(int digits)
    {
        var generator = new RandomHexadecimalGenerator(digits);

        var values = GeneratorContexts.Draw(generator, new JValue("0A"), 50);

        Assert.All(values, value => Assert.Equal(JTokenType.String, value.Type));
        Assert.All(values, value => Assert.Matches($"^[0-9A-F]{{{digits}}}$", value.Value<string>()));
    }

    [Fact]
    public void Generate_NumberExample_ReturnsString()
    {
        var generator = new RandomHexadecimalGenerator(6);

        var value = GeneratorContexts.Draw(generator, new JValue(10), 1).Single();

        Assert.Equal(JTokenType.String, value.Type);
        Assert.Matches("^[0-9A-F]{6}$", value.Value<string>());
    }

    [Fact]
    public void Generate_ZeroDigits_ReturnsOneDigit()
    {
        var generator = new RandomHexadecimalGenerator(0);

        var value = GeneratorContexts.Draw(generator, new JValue("0A"), 1).Single();

        Assert.Matches("^[0-9A-F]$", value.Value<string>());
    }

    [Fact]
    public void Generate_ManyValues_UsesEveryHexDigit()
    {
        var generator = new RandomHexadecimalGenerator(64);

        var used = GeneratorContexts.Draw(generator, new JValue("0A"), 10).SelectMany(v => v.Value<string>()!).ToHashSet();

        Assert.Equal("0123456789ABCDEF", string.Concat(used.Order()));
    }

    [Fact]
    public void Generate_SameSeed_GivesSameValues()
    {
        var generator = new RandomHexadecimalGenerator(16);

        var first = GeneratorContexts.Draw(generator, new JValue("0A"), 5, seed: 11).Select(GeneratorContexts.Text).ToList();
        var second = GeneratorContexts.Draw(generator, new JValue("0A"), 5, seed: 11).Select(GeneratorContexts.Text).ToList();

        Assert.Equal(first, second);
        Assert.Equal(5, first.Distinct().Count());
    }

    [Fact]
    public void ToJson_Default_WritesTenDigits()
    {
        var json = new RandomHexadecimalGenerator().ToJson();

        Assert.Equal("""{"digits":10,"type":"RandomHexadecimal"}""", PactJson.Canonical(json));
    }

    [Fact]
    public void ToJson_Digits_WritesDigits()
    {
        var json = new RandomHexadecimalGenerator(32).ToJson();

        Assert.Equal("""{"digits":32,"type":"RandomHexadecimal"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(GeneratorMode.Consumer)]
    [InlineData(GeneratorMode.Provider)]
    public void AppliesIn_AnyMode_IsTrue(GeneratorMode mode)
    {
        var generator = new RandomHexadecimalGenerator();

        var applies = generator.AppliesIn(mode);

        Assert.True(applies);
    }
}
