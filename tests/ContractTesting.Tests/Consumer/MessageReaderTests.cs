using System.Xml.Linq;
using ContractTesting.Consumer;
using ContractTesting.Generation;
using ContractTesting.Models;
using ContractTesting.Rules;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Consumer;

public sealed class MessageReaderTests
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(BodyJson.DefaultSettings());

    [Fact]
    public void Reify_ContentAndMetadataGenerators_ReplaceTheExamplesAndDropAllRules()
    {
        var message = new MessageContents
        {
            Contents = Body.FromJson(JToken.Parse("""{"id":1,"name":"Ada"}""")),
            Metadata = new Dictionary<string, JToken> { ["seq"] = 0 },
            MatchingRules = MatchingRules.Empty.With(MatchingRules.Content, DocPath.Parse("$.id"), new RuleList([new IntegerRule()])),
            Generators = Generators.Empty
                .With(MatchingRules.Content, DocPath.Parse("$.id"), new RandomIntGenerator(10, 20))
                .With(MatchingRules.Metadata, DocPath.Root.JoinField("seq"), new RandomIntGenerator(30, 40)),
        };

        var reified = MessageReader.Reify(message);

        var json = reified.Contents.ParseJson();
        Assert.InRange(json["id"]!.Value<int>(), 10, 20);
        Assert.Equal("Ada", json["name"]!.Value<string>());
        Assert.InRange(reified.Metadata["seq"].Value<int>(), 30, 40);
        Assert.True(reified.MatchingRules.IsEmpty);
        Assert.True(reified.Generators.IsEmpty);
    }

    [Fact]
    public void Reify_ProviderStateGenerator_KeepsTheConsumersExample()
    {
        var message = new MessageContents
        {
            Contents = Body.FromJson(JToken.Parse("""{"id":1}""")),
            Generators = Generators.Empty.With(MatchingRules.Content, DocPath.Parse("$.id"), new ProviderStateGenerator("${id}")),
        };

        var reified = MessageReader.Reify(message);

        Assert.Equal(1, reified.Contents.ParseJson()["id"]!.Value<int>());
    }

    [Fact]
    public void Read_ReadOnlyMemoryAndXDocument_AreGivenTheContentsAsTheyAre()
    {
        var message = new MessageContents { Contents = Body.FromText("<a>1</a>", ContentType.Parse("application/xml")) };

        var bytes = MessageReader.Read<ReadOnlyMemory<byte>>(message, Serializer, "m");
        var document = MessageReader.Read<XDocument>(message, Serializer, "m");

        Assert.Equal("<a>1</a>"u8.ToArray(), bytes.ToArray());
        Assert.Equal("1", document.Root?.Value);
    }

    [Fact]
    public void Read_NoContentsAsARecord_ThrowsPointingAtMessageContents()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MessageReader.Read<Item>(new MessageContents(), Serializer, "a ping"));

        Assert.Contains("The message 'a ping' has no contents", error.Message, StringComparison.Ordinal);
        Assert.Contains("take MessageContents", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoContentsAsText_IsTheEmptyString()
    {
        Assert.Equal(string.Empty, MessageReader.Read<string>(new MessageContents(), Serializer, "a ping"));
    }

    [Fact]
    public void Read_InvalidXml_ThrowsNamingTheMessageAndType()
    {
        var message = new MessageContents { Contents = Body.FromText("<a>", ContentType.Parse("application/xml")) };

        var error = Assert.Throws<InvalidOperationException>(() => MessageReader.Read<XElement>(message, Serializer, "an xml event"));

        Assert.StartsWith("The message 'an xml event' (application/xml) cannot be read as XElement", error.Message, StringComparison.Ordinal);
    }

    private sealed record Item(int Id);
}
