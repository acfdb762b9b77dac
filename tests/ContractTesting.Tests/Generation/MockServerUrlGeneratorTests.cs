using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed class MockServerUrlGeneratorTests
{
    private const string Example = "http://localhost:8080/orders/1";

    private static GeneratorContext WithMockServer(string url) => GeneratorContexts.Consumer() with { MockServerUrl = new Uri(url) };

    [Theory]
    [InlineData("http://127.0.0.1:54321", "http://127.0.0.1:54321/orders/1")]
    [InlineData("http://127.0.0.1:54321/", "http://127.0.0.1:54321/orders/1")]
    [InlineData("https://mock.example:9443/base/", "https://mock.example:9443/base/orders/1")]
    public void Generate_MatchingRegex_PrefixesGroupWithMockServerUrl(string mockServer, string expected)
    {
        var generator = new MockServerUrlGenerator(Example, @".*(/orders/\d+)$");

        var value = generator.Generate(new JValue(Example), WithMockServer(mockServer));

        Assert.Equal(JTokenType.String, value.Type);
        Assert.Equal(expected, value.Value<string>());
    }

    [Theory]
    [InlineData(@".*(/orders/\d+)$")]
    [InlineData(@".*/(orders/\d+)$")]
    public void Generate_GroupWithOrWithoutLeadingSlash_JoinsWithOneSlash(string regex)
    {
        var generator = new MockServerUrlGenerator(Example, regex);

        var value = generator.Generate(new JValue(Example), WithMockServer("http://127.0.0.1:54321/"));

        Assert.Equal("http://127.0.0.1:54321/orders/1", value.Value<string>());
    }

    [Fact]
    public void Generate_RegexMatchingPartOfExample_KeepsTextAroundMatch()
    {
        var generator = new MockServerUrlGenerator("see <http://localhost:8080/orders/1> for details", @"http://[^/]+(/orders/\d+)");

        var value = generator.Generate(new JValue("x"), WithMockServer("http://127.0.0.1:5000"));

        Assert.Equal("see <http://127.0.0.1:5000/orders/1> for details", value.Value<string>());
    }

    [Fact]
    public void Generate_AnyExampleValue_UsesGeneratorExample()
    {
        var generator = new MockServerUrlGenerator(Example, @".*(/orders/\d+)$");

        var value = generator.Generate(new JValue("http://elsewhere/orders/99"), WithMockServer("http://127.0.0.1:5000"));

        Assert.Equal("http://127.0.0.1:5000/orders/1", value.Value<string>());
    }

    [Fact]
    public void Generate_NoMockServerUrl_ThrowsSayingItIsNeeded()
    {
        var generator = new MockServerUrlGenerator(Example, @".*(/orders/\d+)$");

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue(Example), GeneratorContexts.Consumer()));

        Assert.Contains("needs the mock server's URL", error.Message, StringComparison.Ordinal);
        Assert.Contains(Example, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@".*(/users/\d+)$")]
    [InlineData(@"^/orders/(\d+)")]
    public void Generate_RegexNotMatching_ThrowsNamingRegexAndExample(string regex)
    {
        var generator = new MockServerUrlGenerator(Example, regex);

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue(Example), WithMockServer("http://127.0.0.1:5000")));

        Assert.Contains($"'{regex}' does not match '{Example}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_RegexWithoutGroup_ThrowsAskingForGroup()
    {
        var generator = new MockServerUrlGenerator(Example, @"/orders/\d+");

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue(Example), WithMockServer("http://127.0.0.1:5000")));

        Assert.Contains("with a capturing group", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_InvalidRegex_ThrowsNamingRegex()
    {
        var generator = new MockServerUrlGenerator(Example, "(/orders");

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue(Example), WithMockServer("http://127.0.0.1:5000")));

        Assert.Contains("'(/orders' is not a valid regular expression", error.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public void ToJson_Always_WritesExampleAndRegex()
    {
        var json = new MockServerUrlGenerator(Example, @".*(/orders/\d+)$").ToJson();

        Assert.Equal("""{"example":"http://localhost:8080/orders/1","regex":".*(/orders/\\d+)$","type":"MockServerURL"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(GeneratorMode.Consumer, true)]
    [InlineData(GeneratorMode.Provider, false)]
    public void AppliesIn_Mode_OnlyConsumer(GeneratorMode mode, bool expected)
    {
        var generator = new MockServerUrlGenerator(Example, @".*(/orders/\d+)$");

        var applies = generator.AppliesIn(mode);

        Assert.Equal(expected, applies);
    }
}
