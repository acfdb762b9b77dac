using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed class RandomBooleanGeneratorTests
{
    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    [InlineData("null")]
    public void Generate_NonStringExample_ReturnsBoolean(string exampleJson)
    {
        var generator = new RandomBooleanGenerator();

        var values = GeneratorContexts.Draw(generator, PactJson.Parse(exampleJson), 50);

        Assert.All(values, value => Assert.Equal(JTokenType.Boolean, value.Type));
        Assert.Equal([false, true], values.Select(v => v.Value<bool>()).Distinct().Order());
    }

    [Fact]
    public void Generate_StringExample_ReturnsTrueOrFalseText()
    {
        var generator = new RandomBooleanGenerator();

        var values = GeneratorContexts.Draw(generator, new JValue("false"), 50);

        Assert.All(values, value => Assert.Equal(JTokenType.String, value.Type));
        Assert.Equal(["false", "true"], values.Select(v => v.Value<string>()).Distinct().Order());
    }

    [Fact]
    public void Generate_SameSeed_GivesSameValues()
    {
        var generator = new RandomBooleanGenerator();

        var first = GeneratorContexts.Draw(generator, new JValue(true), 20, seed: 9).Select(v => v.Value<bool>()).ToList();
        var second = GeneratorContexts.Draw(generator, new JValue(true), 20, seed: 9).Select(v => v.Value<bool>()).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void ToJson_Always_WritesTypeOnly()
    {
        var json = new RandomBooleanGenerator().ToJson();

        Assert.Equal("""{"type":"RandomBoolean"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(GeneratorMode.Consumer)]
    [InlineData(GeneratorMode.Provider)]
    public void AppliesIn_AnyMode_IsTrue(GeneratorMode mode)
    {
        var generator = new RandomBooleanGenerator();

        var applies = generator.AppliesIn(mode);

        Assert.True(applies);
    }
}
