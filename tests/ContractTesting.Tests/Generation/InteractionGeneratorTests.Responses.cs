using ContractTesting.Generation;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Generation;

public sealed partial class InteractionGeneratorTests
{
    [Fact]
    public void Generate_ResponseStatusGenerator_ReplacesStatus()
    {
        var response = new HttpResponse { Status = 200, Generators = One(MatchingRules.Status, string.Empty, new RandomIntGenerator(201, 204)) };

        var generated = InteractionGenerator.Generate(response, GeneratorContexts.Consumer());

        Assert.InRange(generated.Status, 201, 204);
    }

    [Fact]
    public void Generate_ResponseStatusFromProviderState_ParsesText()
    {
        var response = new HttpResponse { Generators = One(MatchingRules.Status, string.Empty, new ProviderStateGenerator("${status}")) };
        var context = GeneratorContexts.ProviderWithState(("status", "\"404\""));

        var generated = InteractionGenerator.Generate(response, context);

        Assert.Equal(404, generated.Status);
    }

    [Theory]
    [InlineData("\"teapot\"")]
    [InlineData("99")]
    [InlineData("600")]
    [InlineData("\"-200\"")]
    [InlineData("\"200.5\"")]
    public void Generate_ResponseStatusThatIsNoStatusCode_ThrowsNamingValue(string valueJson)
    {
        var response = new HttpResponse { Generators = One(MatchingRules.Status, string.Empty, new ProviderStateGenerator("${status}")) };
        var context = GeneratorContexts.ProviderWithState(("status", valueJson));

        var error = Assert.Throws<GenerationException>(() => InteractionGenerator.Generate(response, context));

        Assert.Contains($"'{GeneratorContexts.Text(ContractTesting.Json.PactJson.Parse(valueJson))}' is not an HTTP status code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_ResponseStatusInConsumerMode_SkipsProviderState()
    {
        var response = new HttpResponse { Status = 201, Generators = One(MatchingRules.Status, string.Empty, new ProviderStateGenerator("${status}")) };

        var generated = InteractionGenerator.Generate(response, GeneratorContexts.Consumer());

        Assert.Equal(201, generated.Status);
    }

    [Fact]
    public void Generate_ResponseHeaderMockServerUrl_PointsAtMockServer()
    {
        var response = new HttpResponse
        {
            Status = 201,
            Headers = HeaderCollection.From([new("Location", "http://localhost:8080/orders/1")]),
            Generators = Generators.Empty.With(MatchingRules.Header, DocPath.Root.JoinField("Location"), new MockServerUrlGenerator("http://localhost:8080/orders/1", @".*(/orders/\d+)$")),
        };
        var context = GeneratorContexts.Consumer() with { MockServerUrl = new Uri("http://127.0.0.1:40000") };

        var generated = InteractionGenerator.Generate(response, context);

        Assert.Equal(["http://127.0.0.1:40000/orders/1"], generated.Headers["Location"]);
        Assert.Equal(201, generated.Status);
    }

    [Fact]
    public void Generate_ResponseJsonBody_ReplacesValues()
    {
        var response = new HttpResponse
        {
            Headers = HeaderCollection.From([new("Content-Type", "application/json; charset=utf-8")]),
            Body = Body.FromText("""{"orders":[{"created":"2000-01-01"},{"created":"2000-01-02"}]}"""),
            Generators = One(MatchingRules.Body, "$.orders[*].created", new DateGenerator()),
        };

        var generated = InteractionGenerator.Generate(response, GeneratorContexts.Consumer());

        Assert.Equal("""{"orders":[{"created":"2024-02-29"},{"created":"2024-02-29"}]}""", Canonical(generated.Body));
    }

    [Fact]
    public void Generate_Response_LeavesOriginalUnchanged()
    {
        const string Json = """{"id":1}""";
        var response = new HttpResponse
        {
            Headers = HeaderCollection.From([new("Content-Type", "application/json"), new("X-Id", "1")]),
            Body = Body.FromText(Json),
            Generators = Generators.Empty
                .With(MatchingRules.Status, DocPath.Empty, new RandomIntGenerator(500, 500))
                .With(MatchingRules.Header, DocPath.Root.JoinField("X-Id"), new RandomIntGenerator(5, 5))
                .With(MatchingRules.Body, DocPath.Parse("$.id"), new RandomIntGenerator(5, 5)),
        };

        var generated = InteractionGenerator.Generate(response, GeneratorContexts.Consumer());

        Assert.Equal((500, "5", """{"id":5}"""), (generated.Status, generated.Headers["X-Id"][0], Canonical(generated.Body)));
        Assert.Equal((200, "1", Json), (response.Status, response.Headers["X-Id"][0], response.Body.AsText()));
    }
}
