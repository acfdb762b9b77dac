using ContractTesting.Generation;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

public sealed partial class InteractionGeneratorTests
{
    private static MessageContents JsonMessage(string json, Generators generators) => new()
    {
        Contents = Body.FromText(json),
        Metadata = new Dictionary<string, JToken> { ["contentType"] = "application/json", ["topic"] = "orders" },
        Generators = generators,
    };

    [Theory]
    [InlineData(MatchingRules.Content)]
    [InlineData(MatchingRules.Body)]
    public void Generate_MessageContentsGenerator_ReplacesValue(string category)
    {
        var message = JsonMessage("""{"id":1,"name":"x"}""", One(category, "$.id", new RandomIntGenerator(5, 5)));

        var generated = InteractionGenerator.Generate(message, GeneratorContexts.Consumer());

        Assert.Equal("""{"id":5,"name":"x"}""", Canonical(generated.Contents));
    }

    [Fact]
    public void Generate_MessageWithContentAndBodyCategories_AppliesBoth()
    {
        var generators = Generators.Empty
            .With(MatchingRules.Content, DocPath.Parse("$.id"), new RandomIntGenerator(5, 5))
            .With(MatchingRules.Body, DocPath.Parse("$.name"), new RandomIntGenerator(6, 6));
        var message = JsonMessage("""{"id":1,"name":"x"}""", generators);

        var generated = InteractionGenerator.Generate(message, GeneratorContexts.Consumer());

        Assert.Equal("""{"id":5,"name":"6"}""", Canonical(generated.Contents));
    }

    [Fact]
    public void Generate_MessageMetadataGenerator_ReplacesValueAndKeepsOthers()
    {
        var message = JsonMessage("{}", Generators.Empty.With(MatchingRules.Metadata, DocPath.Root.JoinField("topic"), new ProviderStateGenerator("orders-${region}")));
        var context = GeneratorContexts.ProviderWithState(("region", "\"eu\""));

        var generated = InteractionGenerator.Generate(message, context);

        Assert.Equal("orders-eu", generated.Metadata["topic"].Value<string>());
        Assert.Equal("application/json", generated.Metadata["contentType"].Value<string>());
    }

    [Fact]
    public void Generate_MessageMetadataNumberExample_KeepsNumberType()
    {
        var message = JsonMessage("{}", Generators.Empty.With(MatchingRules.Metadata, DocPath.Root.JoinField("partition"), new RandomIntGenerator(3, 3))) with
        {
            Metadata = new Dictionary<string, JToken> { ["partition"] = 1 },
        };

        var generated = InteractionGenerator.Generate(message, GeneratorContexts.Consumer());

        Assert.Equal(JTokenType.Integer, generated.Metadata["partition"].Type);
        Assert.Equal(3, generated.Metadata["partition"].Value<int>());
    }

    [Fact]
    public void Generate_MessageMetadataGeneratorForMissingKey_AddsIt()
    {
        var message = JsonMessage("{}", Generators.Empty.With(MatchingRules.Metadata, DocPath.Root.JoinField("messageId"), new UuidGenerator()));

        var generated = InteractionGenerator.Generate(message, GeneratorContexts.Consumer());

        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", generated.Metadata["messageId"].Value<string>());
    }

    [Fact]
    public void Generate_MessageInConsumerMode_SkipsProviderStateGenerators()
    {
        var generators = Generators.Empty
            .With(MatchingRules.Content, DocPath.Parse("$.id"), new ProviderStateGenerator("${id}"))
            .With(MatchingRules.Metadata, DocPath.Root.JoinField("topic"), new ProviderStateGenerator("${topic}"));
        var message = JsonMessage("""{"id":1}""", generators);

        var generated = InteractionGenerator.Generate(message, GeneratorContexts.Consumer());

        Assert.Equal("""{"id":1}""", Canonical(generated.Contents));
        Assert.Equal("orders", generated.Metadata["topic"].Value<string>());
    }

    [Fact]
    public void Generate_MessageContentTypeFromMetadata_UsesIt()
    {
        var message = new MessageContents
        {
            Contents = Body.FromText("<id>1</id>"),
            Metadata = new Dictionary<string, JToken> { ["contentType"] = "application/xml" },
            Generators = One(MatchingRules.Content, "$.id", new RandomIntGenerator(5, 5)),
        };

        var generated = InteractionGenerator.Generate(message, GeneratorContexts.Consumer());

        Assert.Equal("<id>5</id>", generated.Contents.AsText());
    }

    [Fact]
    public void Generate_Message_LeavesOriginalUnchanged()
    {
        var generators = Generators.Empty
            .With(MatchingRules.Content, DocPath.Parse("$.id"), new RandomIntGenerator(5, 5))
            .With(MatchingRules.Metadata, DocPath.Root.JoinField("topic"), new RandomStringGenerator(4));
        var message = JsonMessage("""{"id":1}""", generators);

        var generated = InteractionGenerator.Generate(message, GeneratorContexts.Consumer());

        Assert.NotEqual("orders", generated.Metadata["topic"].Value<string>());
        Assert.Equal("""{"id":1}""", message.Contents.AsText());
        Assert.Equal("orders", message.Metadata["topic"].Value<string>());
        Assert.Equal(2, message.Metadata.Count);
    }
}
