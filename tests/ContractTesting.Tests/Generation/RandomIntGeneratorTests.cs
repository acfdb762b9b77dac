using System.Globalization;
using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed class RandomIntGeneratorTests
{
    [Theory]
    [InlineData(0, 10)]
    [InlineData(-5, 5)]
    [InlineData(7, 7)]
    [InlineData(int.MinValue, int.MinValue + 2)]
    [InlineData(int.MaxValue - 2, int.MaxValue)]
    public void Generate_NumberExample_ReturnsIntegersWithinBounds(int min, int max)
    {
        var generator = new RandomIntGenerator(min, max);

        var values = GeneratorContexts.Draw(generator, new JValue(1), 200);

        Assert.All(values, value => Assert.Equal(JTokenType.Integer, value.Type));
        Assert.All(values, value => Assert.InRange(value.Value<long>(), min, max));
    }

    [Fact]
    public void Generate_ManyValues_ReachesBothBoundsInclusive()
    {
        var generator = new RandomIntGenerator(3, 6);

        var values = GeneratorContexts.Draw(generator, new JValue(1), 200).Select(v => v.Value<long>()).ToHashSet();

        Assert.Equal([3L, 4L, 5L, 6L], values.Order());
    }

    [Fact]
    public void Generate_StringExample_ReturnsDigitsAsString()
    {
        var generator = new RandomIntGenerator(-100, 100);

        var values = GeneratorContexts.Draw(generator, new JValue("42"), 50);

        Assert.All(values, value => Assert.Equal(JTokenType.String, value.Type));
        Assert.All(values, value => Assert.Matches("^-?[0-9]+$", value.Value<string>()));
        Assert.All(values, value => Assert.InRange(long.Parse(value.Value<string>()!, CultureInfo.InvariantCulture), -100, 100));
    }

    [Fact]
    public void Generate_MinAboveMax_StaysBetweenTheTwo()
    {
        var generator = new RandomIntGenerator(10, 5);

        var values = GeneratorContexts.Draw(generator, new JValue(1), 100);

        Assert.All(values, value => Assert.InRange(value.Value<long>(), 5, 10));
    }

    [Fact]
    public void Generate_SameSeed_GivesSameValues()
    {
        var generator = new RandomIntGenerator(0, 1_000_000);

        var first = GeneratorContexts.Draw(generator, new JValue(1), 10, seed: 7);
        var second = GeneratorContexts.Draw(generator, new JValue(1), 10, seed: 7);

        Assert.Equal(first.Select(v => v.Value<long>()), second.Select(v => v.Value<long>()));
        Assert.True(first.Select(v => v.Value<long>()).Distinct().Count() > 1, "The generator should not return one constant value.");
    }

    [Fact]
    public void ToJson_Defaults_WritesMinZeroAndMaxTen()
    {
        var json = new RandomIntGenerator().ToJson();

        Assert.Equal("""{"max":10,"min":0,"type":"RandomInt"}""", PactJson.Canonical(json));
    }

    [Fact]
    public void ToJson_Bounds_WritesMinAndMax()
    {
        var json = new RandomIntGenerator(-3, 99).ToJson();

        Assert.Equal("""{"max":99,"min":-3,"type":"RandomInt"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(GeneratorMode.Consumer)]
    [InlineData(GeneratorMode.Provider)]
    public void AppliesIn_AnyMode_IsTrue(GeneratorMode mode)
    {
        var generator = new RandomIntGenerator();

        var applies = generator.AppliesIn(mode);

        Assert.True(applies);
    }
}
