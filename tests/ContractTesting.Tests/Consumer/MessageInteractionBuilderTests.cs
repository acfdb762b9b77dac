using System.Xml.Linq;
using ContractTesting.Generation;
using ContractTesting.Models;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Consumer;

/// <summary>Asynchronous messages: what the DSL writes to the pact, and what the handler is given.</summary>
public sealed partial class MessageInteractionBuilderTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0xFF, 0x00];

    [Fact]
    public async Task VerifyAsync_JsonWithMatchers_HandlerGetsTheExamplesDeserialised()
    {
        UserCreated? received = null;

        await MessageRun.WriteAsync(contract => contract.ExpectsToReceive("a user created event")
            .WithJsonContent(new { userId = Match.WholeNumber(7), name = Match.Type("Ada"), tags = Match.MinType("admin", 2) })
            .VerifyAsync<UserCreated>(e => Task.FromResult(received = e), TestContext.Current.CancellationToken));

        Assert.NotNull(received);
        Assert.Equal(7, received.UserId);
        Assert.Equal("Ada", received.Name);
        Assert.Equal(["admin", "admin"], received.Tags);
    }

    [Fact]
    public async Task VerifyAsync_Generators_HandlerGetsGeneratedValuesAndPactKeepsTheExamples()
    {
        const string example = "e2490de5-5bd3-43d5-b7c4-526e33f71304";
        MessageContents? received = null;

        var pact = await MessageRun.WriteAsync(contract => contract.ExpectsToReceive("an event")
            .WithMetadata("messageId", Match.Uuid(example))
            .WithJsonContent(new { id = Match.Uuid(example), count = Match.WholeNumber(5).WithGenerator(new RandomIntGenerator(100, 200)) })
            .VerifyAsync(message => Task.FromResult(received = message), TestContext.Current.CancellationToken));

        var json = received!.Contents.ParseJson();
        Assert.NotEqual(example, json["id"]!.Value<string>());
        Assert.True(Guid.TryParse(json["id"]!.Value<string>(), out _));
        Assert.InRange(json["count"]!.Value<int>(), 100, 200);
        Assert.NotEqual(example, received.Metadata["messageId"].Value<string>());
        Assert.True(received.MatchingRules.IsEmpty && received.Generators.IsEmpty);
        Assert.Equal(example, pact.At("contents", "content", "id")?.Value<string>());
        Assert.Equal(example, pact.At("metadata", "messageId")?.Value<string>());
    }

    [Fact]
    public async Task VerifyAsync_Text_HandlerGetsTheTextAndPactHoldsItWithItsContentType()
    {
        string? received = null;

        var pact = await MessageRun.WriteAsync(contract => contract.ExpectsToReceive("a line")
            .WithTextContent("id,name\n1,Ada\n", "text/csv")
            .VerifyAsync<string>(text => Task.FromResult(received = text), TestContext.Current.CancellationToken));

        Assert.Equal("id,name\n1,Ada\n", received);
        JsonAssert.Equal("""{"content":"id,name\n1,Ada\n","contentType":"text/csv","encoded":false}""", pact.At("contents"));
    }

    [Fact]
    public async Task VerifyAsync_Binary_HandlerGetsTheBytesAndPactHoldsThemBase64()
    {
        byte[]? received = null;

        var pact = await MessageRun.WriteAsync(contract => contract.ExpectsToReceive("a thumbnail")
            .WithBinaryContent(Png, "image/png")
            .VerifyAsync<byte[]>(bytes => Task.FromResult(received = bytes), TestContext.Current.CancellationToken));

        Assert.Equal(Png, received);
        JsonAssert.Equal($$"""{"content":"{{Convert.ToBase64String(Png)}}","contentType":"image/png","encoded":"base64"}""", pact.At("contents"));
    }

    [Fact]
    public async Task VerifyAsync_XmlWithContentMatchers_HandlerGetsTheRootAndPactHoldsTheRules()
    {
        XElement? received = null;

        var pact = await MessageRun.WriteAsync(contract => contract.ExpectsToReceive("a user as XML")
            .WithXmlContent(new XElement("user", new XAttribute("id", "1"), new XElement("name", "Ada")))
            .WithContentMatcher("$.user['@id']", Match.WholeNumber(1))
            .VerifyAsync<XElement>(root => Task.FromResult(received = root), TestContext.Current.CancellationToken));

        Assert.Equal("Ada", received?.Element("name")?.Value);
        Assert.Equal("""<?xml version="1.0" encoding="UTF-8"?><user id="1"><name>Ada</name></user>""", pact.At("contents", "content")?.Value<string>());
        JsonAssert.Equal("""[{"match":"integer"}]""", pact.At("matchingRules", "content", "$.user['@id']", "matchers"));
    }

    [Fact]
    public async Task VerifyAsync_MetadataWithMatchers_WritesValuesAndRulesByKey()
    {
        MessageContents? received = null;

        var pact = await MessageRun.WriteAsync(contract => contract.ExpectsToReceive("an event")
            .WithMetadata("topic", Match.Regex("users", "users|people"))
            .WithMetadata("partition", 3)
            .WithMetadata("headers", new { traceId = "abc" })
            .WithJsonContent(new { id = 1 })
            .VerifyAsync(message => Task.FromResult(received = message), TestContext.Current.CancellationToken));

        JsonAssert.Equal("""{"topic":"users","partition":3,"headers":{"traceId":"abc"}}""", pact.At("metadata"));
        JsonAssert.Equal("""{"topic":{"combine":"AND","matchers":[{"match":"regex","regex":"users|people"}]}}""", pact.At("matchingRules", "metadata"));
        Assert.Equal(JTokenType.Integer, received!.Metadata["partition"].Type);
        Assert.Equal("abc", received.Metadata["headers"]["traceId"]?.Value<string>());
    }

    [Fact]
    public async Task WithMetadata_SameKeyTwice_LastValueAndItsRulesWin()
    {
        var pact = await MessageRun.AcceptAsync(message => message
            .WithMetadata("topic", Match.Regex("users", "users|people"))
            .WithMetadata("topic", "accounts"));

        Assert.Equal("accounts", pact.At("metadata", "topic")?.Value<string>());
        Assert.Null(pact.At("matchingRules"));
    }

    [Fact]
    public void WithMetadata_MatcherInsideAValue_ThrowsNamingTheKey()
    {
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName);
        var message = contract.ExpectsToReceive("an event");

        var error = Assert.Throws<ArgumentException>(() => message.WithMetadata("headers", new { traceId = Match.Type("abc") }));

        Assert.Contains("'headers'", error.Message, StringComparison.Ordinal);
        Assert.Contains("one matcher", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(contract.Dispose);
    }

    [Fact]
    public async Task VerifyAsync_StatesAndV4Details_AreWritten()
    {
        var pact = await MessageRun.AcceptAsync(message => message
            .Given("a user exists", new { id = 1 })
            .Given("the outbox is empty")
            .WithKey("user-created-v1")
            .AsPending()
            .WithComment("published on user creation")
            .WithTestName("UserCreatedTests.Handle")
            .WithJsonContent(new { id = 1 }));

        Assert.Equal(AsynchronousMessage.TypeName, pact.At("type")?.Value<string>());
        JsonAssert.Equal("""[{"name":"a user exists","params":{"id":1}},{"name":"the outbox is empty"}]""", pact.At("providerStates"));
        Assert.Equal("user-created-v1", pact.At("key")?.Value<string>());
        Assert.True(pact.At("pending")?.Value<bool>());
        JsonAssert.Equal("""{"text":["published on user creation"],"testname":"UserCreatedTests.Handle"}""", pact.At("comments"));
    }

    [Fact]
    public async Task VerifyAsync_NoParts_WritesAMessageWithoutContents()
    {
        var pact = await MessageRun.WriteAsync(contract =>
            contract.ExpectsToReceive("a ping").Given("a clock").VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken));

        var message = Assert.IsType<AsynchronousMessage>(Assert.Single(pact.Pact.Interactions));
        Assert.False(message.Contents.Contents.IsPresent);
        Assert.Null(pact.At("contents"));
    }

    [Fact]
    public async Task Verify_SynchronousHandler_RecordsTheMessage()
    {
        var handled = 0;

        var pact = await MessageRun.WriteAsync(contract =>
        {
            contract.ExpectsToReceive("an event").WithJsonContent(new { id = 1 }).Verify<JObject>(_ => handled++);
            return Task.CompletedTask;
        });

        Assert.Equal(1, handled);
        Assert.Equal(["an event"], pact.Descriptions);
    }

    [Fact]
    public async Task VerifyAsync_MessageAndHttpInteractionInOneV4Contract_BothAreWritten()
    {
        var pact = await MessageRun.WriteAsync(async contract =>
        {
            contract.UponReceiving("a request").WithRequest(HttpMethod.Get, "/").WillRespond();
            await contract.VerifyAsync(
                async context =>
                {
                    using var client = context.CreateHttpClient();
                    using var response = await client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
                },
                TestContext.Current.CancellationToken);
            await contract.ExpectsToReceive("an event").WithJsonContent(new { id = 1 }).VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken);
        });

        Assert.Equal([HttpInteraction.TypeName, AsynchronousMessage.TypeName], pact.Pact.Interactions.Select(i => i.Type));
    }

    private sealed record UserCreated(int UserId, string Name, IReadOnlyList<string> Tags);
}
