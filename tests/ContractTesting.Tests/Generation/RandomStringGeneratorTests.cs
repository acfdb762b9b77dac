using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed class RandomStringGeneratorTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(100)]
    public void Generate_Size_ReturnsThatManyLettersAndDigits(int size)
    {
        var generator = new RandomStringGenerator(size);

        var values = GeneratorContexts.Draw(generator, new JValue("example"), 50);

        Assert.All(values, value => Assert.Equal(JTokenType.String, value.Type));
        Assert.All(values, value => Assert.Matches($"^[A-Za-z0-9]{{{size}}}$", value.Value<string>()));
    }

    [Fact]
    public void Generate_SizeZero_ReturnsEmptyString()
    {
        var generator = new RandomStringGenerator(0);

        var value = GeneratorContexts.Draw(generator, new JValue("example"), 1).Single();

        Assert.Equal(JTokenType.String, value.Type);
        Assert.Equal(string.Empty, value.Value<string>());
    }

    [Fact]
    public void Generate_NumberExample_ReturnsString()
    {
        var generator = new RandomStringGenerator(5);

        var value = GeneratorContexts.Draw(generator, new JValue(12), 1).Single();

        Assert.Equal(JTokenType.String, value.Type);
        Assert.Matches("^[A-Za-z0-9]{5}$", value.Value<string>());
    }

    [Fact]
    public void Generate_ManyValues_UsesWholeAlphabet()
    {
        var generator = new RandomStringGenerator(100);

        var used = GeneratorContexts.Draw(generator, new JValue("example"), 20).SelectMany(v => v.Value<string>()!).ToHashSet();

        Assert.Equal(26 + 26 + 10, used.Count);
    }

    [Fact]
    public void Generate_SameSeed_GivesSameValues()
    {
        var generator = new RandomStringGenerator(12);

        var first = GeneratorContexts.Draw(generator, new JValue("example"), 5, seed: 5).Select(GeneratorContexts.Text).ToList();
        var second = GeneratorContexts.Draw(generator, new JValue("example"), 5, seed: 5).Select(GeneratorContexts.Text).ToList();

        Assert.Equal(first, second);
        Assert.Equal(5, first.Distinct().Count());
    }

    [Fact]
    public void ToJson_Default_WritesSizeTen()
    {
        var json = new RandomStringGenerator().ToJson();

        Assert.Equal("""{"size":10,"type":"RandomString"}""", PactJson.Canonical(json));
    }

    [Fact]
    public void ToJson_Size_WritesSize()
    {
        var json = new RandomStringGenerator(3).ToJson();

        Assert.Equal("""{"size":3,"type":"RandomString"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(GeneratorMode.Consumer)]
    [InlineData(GeneratorMode.Provider)]
    public void AppliesIn_AnyMode_IsTrue(GeneratorMode mode)
    {
        var generator = new RandomStringGenerator();

        var applies = generator.AppliesIn(mode);

        Assert.True(applies);
    }
}
