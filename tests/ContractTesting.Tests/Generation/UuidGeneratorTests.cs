using System.Globalization;
using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed class UuidGeneratorTests
{
    private const string Hyphenated = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    public static TheoryData<UuidFormat?, string> Shapes => new()
    {
        { null, $"^{Hyphenated}$" },
        { UuidFormat.LowerCaseHyphenated, $"^{Hyphenated}$" },
        { UuidFormat.UpperCaseHyphenated, "^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$" },
        { UuidFormat.Simple, "^[0-9a-f]{12}4[0-9a-f]{3}[89ab][0-9a-f]{15}$" },
        { UuidFormat.Urn, $"^urn:uuid:{Hyphenated}$" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generate_Format_WritesVersion4UuidInThatShape(UuidFormat? format, string shape)
    {
        var generator = new UuidGenerator(format);

        var values = GeneratorContexts.Draw(generator, new JValue("x"), 100);

        Assert.All(values, value => Assert.Equal(JTokenType.String, value.Type));
        Assert.All(values, value => Assert.Matches(shape, value.Value<string>()));
    }

    [Theory]
    [InlineData(UuidFormat.Simple)]
    [InlineData(UuidFormat.LowerCaseHyphenated)]
    [InlineData(UuidFormat.UpperCaseHyphenated)]
    [InlineData(UuidFormat.Urn)]
    public void Generate_AnyFormat_SetsRfc4122VersionAndVariantBits(UuidFormat format)
    {
        var generator = new UuidGenerator(format);

        var uuids = GeneratorContexts.Draw(generator, new JValue("x"), 200)
            .Select(v => Guid.Parse(v.Value<string>()!.Replace("urn:uuid:", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture))
            .ToList();

        Assert.All(uuids, uuid => Assert.Equal(4, uuid.Version));
        Assert.All(uuids, uuid => Assert.InRange(uuid.Variant, 0b1000, 0b1011));
        Assert.Equal(200, uuids.Distinct().Count());
    }

    [Fact]
    public void Generate_NumberExample_ReturnsString()
    {
        var generator = new UuidGenerator();

        var value = GeneratorContexts.Draw(generator, new JValue(1), 1).Single();

        Assert.Equal(JTokenType.String, value.Type);
    }

    [Fact]
    public void Generate_SameSeed_GivesSameValues()
    {
        var generator = new UuidGenerator(UuidFormat.Simple);

        var first = GeneratorContexts.Draw(generator, new JValue("x"), 5, seed: 21).Select(GeneratorContexts.Text).ToList();
        var second = GeneratorContexts.Draw(generator, new JValue("x"), 5, seed: 21).Select(GeneratorContexts.Text).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void ToJson_NoFormat_WritesTypeOnly()
    {
        var json = new UuidGenerator().ToJson();

        Assert.Equal("""{"type":"Uuid"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(UuidFormat.Simple, "simple")]
    [InlineData(UuidFormat.LowerCaseHyphenated, "lower-case-hyphenated")]
    [InlineData(UuidFormat.UpperCaseHyphenated, "upper-case-hyphenated")]
    [InlineData(UuidFormat.Urn, "URN")]
    public void ToJson_Format_WritesPactFormatName(UuidFormat format, string name)
    {
        var json = new UuidGenerator(format).ToJson();

        Assert.Equal($$"""{"format":"{{name}}","type":"Uuid"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(GeneratorMode.Consumer)]
    [InlineData(GeneratorMode.Provider)]
    public void AppliesIn_AnyMode_IsTrue(GeneratorMode mode)
    {
        var generator = new UuidGenerator();

        var applies = generator.AppliesIn(mode);

        Assert.True(applies);
    }
}
