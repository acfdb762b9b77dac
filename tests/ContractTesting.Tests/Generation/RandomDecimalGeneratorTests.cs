using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed class RandomDecimalGeneratorTests
{
    // A non-zero leading digit, a decimal point with digits on both sides, and a non-zero last digit.
    private const string DecimalShape = "^[1-9][0-9]*\\.[0-9]*[1-9]$";

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(20)]
    [InlineData(28)]
    [InlineData(29)]
    public void Generate_NumberExample_ReturnsDecimalWithDigits(int digits)
    {
        var generator = new RandomDecimalGenerator(digits);

        var values = GeneratorContexts.Draw(generator, new JValue(1.5m), 100);

        // Up to 28 digits the value is a decimal; beyond that it is kept as raw number text so no digit is lost.
        Assert.All(values, value => Assert.Equal(digits <= 28 ? JTokenType.Float : JTokenType.Raw, value.Type));
        Assert.All(values, value => Assert.Matches(DecimalShape, value.ToString(Newtonsoft.Json.Formatting.None)));
        Assert.All(values, value => Assert.Equal(digits, GeneratorContexts.Text(value).Count(char.IsAsciiDigit)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    [InlineData(40)]
    public void Generate_StringExample_ReturnsDecimalText(int digits)
    {
        var generator = new RandomDecimalGenerator(digits);

        var values = GeneratorContexts.Draw(generator, new JValue("1.5"), 100);

        Assert.All(values, value => Assert.Equal(JTokenType.String, value.Type));
        Assert.All(values, value => Assert.Matches(DecimalShape, value.Value<string>()));
        Assert.All(values, value => Assert.Equal(digits, value.Value<string>()!.Count(char.IsAsciiDigit)));
    }

    [Fact]
    public void Generate_FortyDigitsNumberExample_KeepsEveryDigit()
    {
        // The pact file allows any number of digits; a number must not silently lose the ones past decimal's precision.
        var generator = new RandomDecimalGenerator(40);

        var values = GeneratorContexts.Draw(generator, new JValue(1.5m), 20);

        Assert.All(values, value => Assert.Equal(40, GeneratorContexts.Text(value).Count(char.IsAsciiDigit)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Generate_FewerThanTwoDigits_StillHasFractionalPart(int digits)
    {
        var generator = new RandomDecimalGenerator(digits);

        var values = GeneratorContexts.Draw(generator, new JValue("1.5"), 50);

        Assert.All(values, value => Assert.Matches("^[1-9]\\.[1-9]$", value.Value<string>()));
    }

    [Fact]
    public void Generate_ManyValues_PutsDecimalPointInEveryInnerPosition()
    {
        var generator = new RandomDecimalGenerator(4);

        var positions = GeneratorContexts.Draw(generator, new JValue("1.5"), 200).Select(v => v.Value<string>()!.IndexOf('.', StringComparison.Ordinal)).ToHashSet();

        Assert.Equal([1, 2, 3], positions.Order());
    }

    [Fact]
    public void Generate_SameSeed_GivesSameValues()
    {
        var generator = new RandomDecimalGenerator(12);

        var first = GeneratorContexts.Draw(generator, new JValue(1.5m), 10, seed: 3).Select(GeneratorContexts.Text).ToList();
        var second = GeneratorContexts.Draw(generator, new JValue(1.5m), 10, seed: 3).Select(GeneratorContexts.Text).ToList();

        Assert.Equal(first, second);
        Assert.True(first.Distinct().Count() > 1, "The generator should not return one constant value.");
    }

    [Fact]
    public void ToJson_Default_WritesTenDigits()
    {
        var json = new RandomDecimalGenerator().ToJson();

        Assert.Equal("""{"digits":10,"type":"RandomDecimal"}""", PactJson.Canonical(json));
    }

    [Fact]
    public void ToJson_Digits_WritesDigits()
    {
        var json = new RandomDecimalGenerator(4).ToJson();

        Assert.Equal("""{"digits":4,"type":"RandomDecimal"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(GeneratorMode.Consumer)]
    [InlineData(GeneratorMode.Provider)]
    public void AppliesIn_AnyMode_IsTrue(GeneratorMode mode)
    {
        var generator = new RandomDecimalGenerator();

        var applies = generator.AppliesIn(mode);

        Assert.True(applies);
    }
}
