using ContractTesting.Generation;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Generation;

public sealed partial class InteractionGeneratorTests
{
    [Fact]
    public void Generate_RequestPathGenerator_ReplacesPath()
    {
        var request = new HttpRequest { Path = "/users/1", Generators = One(MatchingRules.Path, string.Empty, new ProviderStateGenerator("/users/${id}")) };
        var context = GeneratorContexts.ProviderWithState(("id", "1000"));

        var generated = InteractionGenerator.Generate(request, context);

        Assert.Equal("/users/1000", generated.Path);
    }

    [Fact]
    public void Generate_RequestPathGeneratorOfNumber_WritesNumberAsText()
    {
        var request = new HttpRequest { Path = "/1", Generators = One(MatchingRules.Path, string.Empty, new RandomIntGenerator(100, 100)) };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal("100", generated.Path);
    }

    [Fact]
    public void Generate_RequestPathGeneratorInConsumerMode_SkipsProviderState()
    {
        var request = new HttpRequest { Path = "/users/1", Generators = One(MatchingRules.Path, string.Empty, new ProviderStateGenerator("/users/${id}")) };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal("/users/1", generated.Path);
    }

    [Fact]
    public void Generate_QueryGenerator_ReplacesEveryValueOfParameter()
    {
        var request = new HttpRequest
        {
            Query = QueryCollection.Parse("id=1&id=2&page=3"),
            Generators = Generators.Empty.With(MatchingRules.Query, DocPath.Root.JoinField("id"), new RandomIntGenerator(100, 199)),
        };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal(2, generated.Query["id"].Count);
        Assert.All(generated.Query["id"], value => Assert.Matches("^1[0-9]{2}$", value));
        Assert.Equal(["3"], generated.Query["page"]);
    }

    [Fact]
    public void Generate_QueryProviderStateGenerator_UsesStateValue()
    {
        var request = new HttpRequest
        {
            Query = QueryCollection.Parse("user=1"),
            Generators = Generators.Empty.With(MatchingRules.Query, DocPath.Root.JoinField("user"), new ProviderStateGenerator("${id}")),
        };
        var context = GeneratorContexts.ProviderWithState(("id", "1000"));

        var generated = InteractionGenerator.Generate(request, context);

        Assert.Equal(["1000"], generated.Query["user"]);
    }

    [Fact]
    public void Generate_HeaderGenerator_ReplacesHeaderWhateverItsCase()
    {
        var request = new HttpRequest
        {
            Headers = HeaderCollection.From([new("Accept", "application/json"), new("X-Request-Id", "old")]),
            Generators = Generators.Empty.With(MatchingRules.Header, DocPath.Root.JoinField("x-request-id"), new UuidGenerator()),
        };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal(2, generated.Headers.Count);
        Assert.Equal(["application/json"], generated.Headers["Accept"]);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", Assert.Single(generated.Headers["X-Request-Id"]));
    }

    [Fact]
    public void Generate_HeaderGeneratorWithSeveralValues_ReplacesEachValue()
    {
        var request = new HttpRequest
        {
            Headers = new HeaderCollection([new("X-Code", ["a", "b"])]),
            Generators = Generators.Empty.With(MatchingRules.Header, DocPath.Root.JoinField("X-Code"), new RandomHexadecimalGenerator(4)),
        };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal(2, generated.Headers["X-Code"].Count);
        Assert.All(generated.Headers["X-Code"], value => Assert.Matches("^[0-9A-F]{4}$", value));
    }

    [Fact]
    public void Generate_HeaderGeneratorForMissingHeader_AddsIt()
    {
        var request = new HttpRequest { Generators = Generators.Empty.With(MatchingRules.Header, DocPath.Root.JoinField("X-Token"), new RandomStringGenerator(8)) };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Matches("^[A-Za-z0-9]{8}$", Assert.Single(generated.Headers["X-Token"]));
    }

    [Fact]
    public void Generate_RequestInConsumerMode_AppliesOnlyConsumerGenerators()
    {
        var generators = Generators.Empty
            .With(MatchingRules.Header, DocPath.Root.JoinField("X-State"), new ProviderStateGenerator("${id}"))
            .With(MatchingRules.Header, DocPath.Root.JoinField("X-Random"), new RandomIntGenerator(5, 5));
        var request = new HttpRequest { Headers = HeaderCollection.From([new("X-State", "s"), new("X-Random", "r")]), Generators = generators };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal(["s"], generated.Headers["X-State"]);
        Assert.Equal(["5"], generated.Headers["X-Random"]);
    }

    [Fact]
    public void Generate_RequestInProviderMode_SkipsMockServerUrl()
    {
        var request = new HttpRequest
        {
            Headers = HeaderCollection.From([new("Referer", "http://localhost:8080/orders/1")]),
            Generators = Generators.Empty.With(MatchingRules.Header, DocPath.Root.JoinField("Referer"), new MockServerUrlGenerator("http://localhost:8080/orders/1", @".*(/orders/\d+)$")),
        };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Provider());

        Assert.Equal(["http://localhost:8080/orders/1"], generated.Headers["Referer"]);
    }

    [Fact]
    public void Generate_Request_LeavesOriginalUnchanged()
    {
        const string Body = """{"id":1,"items":[{"sku":"a"}]}""";
        var generators = Generators.Empty
            .With(MatchingRules.Path, DocPath.Empty, new RandomStringGenerator(5))
            .With(MatchingRules.Query, DocPath.Root.JoinField("q"), new RandomIntGenerator(100, 200))
            .With(MatchingRules.Header, DocPath.Root.JoinField("X-Id"), new UuidGenerator())
            .With(MatchingRules.Body, DocPath.Parse("$.id"), new RandomIntGenerator(100, 200))
            .With(MatchingRules.Body, DocPath.Parse("$.items[*].sku"), new RandomStringGenerator(3));
        var request = JsonRequest(Body, generators) with { Query = QueryCollection.Parse("q=1"), Headers = HeaderCollection.From([new("Content-Type", "application/json"), new("X-Id", "1")]) };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.NotEqual(request.Path, generated.Path);
        Assert.NotEqual(Canonical(request.Body), Canonical(generated.Body));
        Assert.Equal("/orders", request.Path);
        Assert.Equal(["1"], request.Query["q"]);
        Assert.Equal(["1"], request.Headers["X-Id"]);
        Assert.Equal(Body, request.Body.AsText());
    }

    [Fact]
    public void Generate_NoGenerators_ReturnsEqualRequest()
    {
        var request = JsonRequest("""{"id":1}""", Generators.Empty) with { Query = QueryCollection.Parse("a=1") };

        var generated = InteractionGenerator.Generate(request, GeneratorContexts.Consumer());

        Assert.Equal(request, generated);
    }

    [Fact]
    public void Generate_SameSeed_GivesSameRequest()
    {
        var request = JsonRequest("""{"id":1,"code":"x"}""", Generators.Empty
            .With(MatchingRules.Body, DocPath.Parse("$.id"), new RandomIntGenerator(0, 1_000_000))
            .With(MatchingRules.Body, DocPath.Parse("$.code"), new RandomStringGenerator(20)));

        var first = InteractionGenerator.Generate(request, GeneratorContexts.Consumer(seed: 8));
        var second = InteractionGenerator.Generate(request, GeneratorContexts.Consumer(seed: 8));

        Assert.Equal(first.Body.AsText(), second.Body.AsText());
    }
}
