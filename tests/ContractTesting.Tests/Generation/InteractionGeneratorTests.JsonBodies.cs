using ContractTesting.Generation;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed partial class InteractionGeneratorTests
{
    private const string Order = """{"id":1,"customer":{"id":2,"name":"Ada"},"items":[{"id":3,"sku":"a"},{"id":4,"sku":"b"}],"a key":"v"}""";

    public static TheoryData<string, string> JsonPaths => new()
    {
        { "$.id", """{"id":7,"customer":{"id":2,"name":"Ada"},"items":[{"id":3,"sku":"a"},{"id":4,"sku":"b"}],"a key":"v"}""" },
        { "$.customer.id", """{"id":1,"customer":{"id":7,"name":"Ada"},"items":[{"id":3,"sku":"a"},{"id":4,"sku":"b"}],"a key":"v"}""" },
        { "$.items[1].id", """{"id":1,"customer":{"id":2,"name":"Ada"},"items":[{"id":3,"sku":"a"},{"id":7,"sku":"b"}],"a key":"v"}""" },
        { "$.items[*].id", """{"id":1,"customer":{"id":2,"name":"Ada"},"items":[{"id":7,"sku":"a"},{"id":7,"sku":"b"}],"a key":"v"}""" },
        { "$.items[*]", """{"id":1,"customer":{"id":2,"name":"Ada"},"items":[7,7],"a key":"v"}""" },
        { "$.items.*.id", """{"id":1,"customer":{"id":2,"name":"Ada"},"items":[{"id":7,"sku":"a"},{"id":7,"sku":"b"}],"a key":"v"}""" },
        { "$.customer.*", """{"id":1,"customer":{"id":7,"name":"7"},"items":[{"id":3,"sku":"a"},{"id":4,"sku":"b"}],"a key":"v"}""" },
        { "$['a key']", """{"id":1,"customer":{"id":2,"name":"Ada"},"items":[{"id":3,"sku":"a"},{"id":4,"sku":"b"}],"a key":"7"}""" },
        { "$.missing", Order },
        { "$.items[5].id", Order },
        { "$.id.deeper", Order },
        { "$", "7" },
    };

    [Theory]
    [MemberData(nameof(JsonPaths))]
    public void Generate_JsonBodyGeneratorAtPath_ReplacesValuesThere(string path, string expected)
    {
        var request = JsonRequest(Order, One(MatchingRules.Body, path, new RandomIntGenerator(7, 7)));

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal(Canonical(expected), Canonical(generated.Body));
    }

    [Fact]
    public void Generate_JsonBodyStringExample_KeepsStringType()
    {
        var request = JsonRequest("""{"id":"1","n":1}""", Generators.Empty
            .With(MatchingRules.Body, DocPath.Parse("$.id"), new RandomIntGenerator(5, 5))
            .With(MatchingRules.Body, DocPath.Parse("$.n"), new RandomIntGenerator(5, 5)));

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal("""{"id":"5","n":5}""", Canonical(generated.Body));
    }

    [Fact]
    public void Generate_JsonBodyProviderState_KeepsNumberType()
    {
        var request = JsonRequest("""{"id":1,"href":"/users/1"}""", Generators.Empty
            .With(MatchingRules.Body, DocPath.Parse("$.id"), new ProviderStateGenerator("${id}"))
            .With(MatchingRules.Body, DocPath.Parse("$.href"), new ProviderStateGenerator("/users/${id}")));
        var context = GeneratorContexts.ProviderWithState(("id", "1000"));

        var generated = InteractionGenerator.Generate(request, context);

        Assert.Equal("""{"href":"/users/1000","id":1000}""", Canonical(generated.Body));
    }

    [Fact]
    public void Generate_JsonBodyInConsumerMode_SkipsProviderStateGenerators()
    {
        var request = JsonRequest("""{"id":1,"n":1}""", Generators.Empty
            .With(MatchingRules.Body, DocPath.Parse("$.id"), new ProviderStateGenerator("${id}"))
            .With(MatchingRules.Body, DocPath.Parse("$.n"), new RandomIntGenerator(5, 5)));

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal("""{"id":1,"n":5}""", Canonical(generated.Body));
    }

    [Fact]
    public void Generate_JsonBodyInProviderMode_SkipsMockServerUrlGenerators()
    {
        const string Json = """{"href":"http://localhost:8080/orders/1"}""";
        var request = JsonRequest(Json, One(MatchingRules.Body, "$.href", new MockServerUrlGenerator("http://localhost:8080/orders/1", @".*(/orders/\d+)$")));
        var context = GeneratorContexts.Provider() with { MockServerUrl = new Uri("http://127.0.0.1:5000") };

        var generated = InteractionGenerator.Generate(request, context);

        Assert.Equal(Json, Canonical(generated.Body));
    }

    [Fact]
    public void Generate_JsonBody_KeepsDeclaredContentType()
    {
        var type = ContentType.Parse("application/vnd.orders+json");
        var request = new HttpRequest { Body = Body.FromJson(JToken.Parse("""{"id":1}"""), type), Generators = One(MatchingRules.Body, "$.id", new RandomIntGenerator(5, 5)) };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal(type, generated.Body.ContentType);
        Assert.Equal("""{"id":5}""", Canonical(generated.Body));
    }

    [Fact]
    public void Generate_JsonBodyThatIsNotJson_ThrowsGenerationException()
    {
        var request = JsonRequest("{\"id\": 1,", One(MatchingRules.Body, "$.id", new RandomIntGenerator()));

        var error = Assert.Throws<GenerationException>(() => InteractionGenerator.Generate(request, GeneratorContexts.Consumer()));

        Assert.Contains("not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.IsType<ContractTesting.Json.JsonParseException>(error.InnerException);
    }

    [Fact]
    public void Generate_MissingBodyWithBodyGenerators_StaysMissing()
    {
        var request = new HttpRequest { Generators = One(MatchingRules.Body, "$.id", new RandomIntGenerator()) };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Same(Body.Missing, generated.Body);
    }

    [Fact]
    public void Generate_JsonBodyFailingGenerator_PropagatesGenerationException()
    {
        var request = JsonRequest("""{"id":1}""", One(MatchingRules.Body, "$.id", new ProviderStateGenerator("${id}")));

        var error = Assert.Throws<GenerationException>(() => InteractionGenerator.Generate(request, GeneratorContexts.Provider()));

        Assert.Contains("a value named 'id'", error.Message, StringComparison.Ordinal);
    }
}
