using ContractTesting.Json;
using ContractTesting.Models;
using ContractTesting.Rules;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>Steps that check what a message handler received and what the message pact file holds.</summary>
internal static class MessageConsumerPactSteps
{
    [Step("the received message payload will contain the \"([^\"]*)\" JSON document")]
    public static void ReceivedJson(World world, string fixture) =>
        Assert.Equal(File.ReadAllBytes(Path.Combine(world.Fixtures, fixture + ".json")), Received(world).Contents.Content.ToArray());

    [Step("the received message payload will contain the \"([^\"]*)\" document")]
    public static void ReceivedDocument(World world, string value) =>
        Assert.Equal(Fixtures.BodyFrom(world, value, null).Body.Content.ToArray(), Received(world).Contents.Content.ToArray());

    [Step("the received message content type will be \"(.*)\"")]
    public static void ReceivedContentType(World world, string contentType) => Assert.Equal(contentType, Received(world).ContentType?.ToString());

    [Step("the received message metadata will contain \"(.*)\" == \"(.*)\"")]
    public static void ReceivedMetadata(World world, string key, string value) => AssertMetadata(Received(world), key, value);

    [Step("the received message (request|response) metadata will contain \"(.*)\" == \"(.*)\"")]
    public static void ReceivedPartMetadata(World world, string part, string key, string value) => AssertMetadata(ReceivedPart(world, part), key, value);

    [Step("the received message metadata will contain \"(.*)\" replaced with an? \"(.*)\"")]
    public static void ReceivedMetadataGenerated(World world, string key, string shape) =>
        AssertMetadataGenerated(WrittenPart(world, "message"), Received(world), key, shape);

    [Step("the received message (request|response) metadata will contain \"(.*)\" replaced with an? \"(.*)\"")]
    public static void ReceivedPartMetadataGenerated(World world, string part, string key, string shape) =>
        AssertMetadataGenerated(WrittenPart(world, part), ReceivedPart(world, part), key, shape);

    [Step("the message contents for \"(.*)\" will have been replaced with an? \"(.*)\"")]
    public static void ContentsGenerated(World world, string path, string shape) =>
        AssertContentsGenerated(WrittenPart(world, "message"), Received(world), path, shape);

    [Step("the message (request|response) contents for \"(.*)\" will have been replaced with an? \"(.*)\"")]
    public static void PartContentsGenerated(World world, string part, string path, string shape) =>
        AssertContentsGenerated(WrittenPart(world, part), ReceivedPart(world, part), path, shape);

    [Step("the pact file will contain (\\d+) message interactions?")]
    public static void MessageCount(World world, int count)
    {
        var interactions = Written(world).Interactions;

        Assert.Equal(count, interactions.Count);
        Assert.All(interactions, i => Assert.IsType<AsynchronousMessage>(i));
    }

    [Step("the pact file will contain (\\d+) interactions?")]
    public static void InteractionCount(World world, int count) => Assert.Equal(count, Written(world).Interactions.Count);

    [Step("the (first|second|third) message in the pact file will contain the \"(.*)\" document")]
    public static void MessageDocument(World world, string ordinal, string fixture) =>
        AssertDocument(world, $"file: {fixture}", Message(world, ordinal).Contents);

    [Step("the (first|second|third) message in the pact file content type will be \"(.*)\"")]
    public static void MessageContentType(World world, string ordinal, string contentType) =>
        Assert.Equal(contentType, Message(world, ordinal).Contents.ContentType?.ToString());

    [Step("the (first|second|third) message in the pact file will contain the message metadata \"(.*)\" == \"(.*)\"")]
    public static void MessageMetadata(World world, string ordinal, string key, string value) => AssertMetadata(Message(world, ordinal).Contents, key, value);

    [Step("the first message in the pact file will contain the request message metadata \"(.*)\" == \"(.*)\"")]
    public static void RequestMetadata(World world, string key, string value) => AssertMetadata(Synchronous(world).Request, key, value);

    [Step("the first message in the [pP]act file will contain (\\d+) provider states?")]
    public static void StateCount(World world, int count) => Assert.Equal(count, Written(world).Interactions[0].ProviderStates.Count);

    [Step("the first message in the [pP]act file will contain provider state \"(.*)\"")]
    public static void HasState(World world, string name) => Assert.Contains(Written(world).Interactions[0].ProviderStates, s => s.Name == name);

    [Step("the provider state \"(.*)\" for the message will contain the following parameters:")]
    public static void StateParameters(World world, string name, List<List<string>> table)
    {
        var expected = JToken.Parse(table[1][0]);

        var state = Assert.Single(Written(world).Interactions[0].ProviderStates, s => s.Name == name);

        var actual = new JObject(state.Parameters.Select(p => new JProperty(p.Key, p.Value)));
        Assert.True(PactJson.ValueEquals(expected, actual), $"Expected the parameters {expected} but the pact has {actual}.");
    }

    [Step("the first interaction in the pact file will contain the \"(.*)\" document as the request")]
    public static void RequestDocument(World world, string value) => AssertDocument(world, value, Synchronous(world).Request);

    [Step("the first interaction in the pact file will contain the \"(.*)\" document as a response")]
    public static void ResponseDocument(World world, string value) => AssertDocument(world, value, Synchronous(world).Responses[0]);

    [Step("the first interaction in the pact file will contain the \"(.*)\" document as the (first|second|third) response message")]
    public static void NthResponseDocument(World world, string value, string ordinal) =>
        AssertDocument(world, value, Synchronous(world).Responses[PactFileSteps.Index(ordinal)]);

    [Step("the first interaction in the pact file (request|response) content type will be \"(.*)\"")]
    public static void PartContentType(World world, string part, string contentType) =>
        Assert.Equal(contentType, WrittenPart(world, part).ContentType?.ToString());

    [Step("the first interaction in the pact file will contain (\\d+) response messages")]
    public static void ResponseCount(World world, int count) => Assert.Equal(count, Synchronous(world).Responses.Count);

    // A JSON document compares as JSON (the pact file holds it re-serialised), anything else byte for byte.
    private static void AssertDocument(World world, string value, MessageContents actual)
    {
        var (expected, type) = Fixtures.BodyFrom(world, value, null);
        Assert.True(actual.Contents.IsPresent, $"The pact has no contents where '{value}' was expected.");
        if (type.IsJson)
        {
            var expectedJson = JToken.Parse(expected.AsText());
            var actualJson = JToken.Parse(actual.Contents.AsText());
            Assert.True(PactJson.ValueEquals(expectedJson, actualJson), $"Expected the document {expectedJson} but the pact has {actualJson}.");
        }
        else
        {
            Assert.Equal(expected.Content.ToArray(), actual.Contents.Content.ToArray());
        }
    }

    private static void AssertMetadata(MessageContents message, string key, string value)
    {
        var expected = MessageDefinition.MetadataValue(value);

        Assert.True(message.Metadata.TryGetValue(key, out var actual), $"The message has no metadata '{key}': {string.Join(", ", message.Metadata.Keys)}.");
        Assert.True(PactJson.ValueEquals(expected, actual), $"Expected metadata '{key}' to be {expected} but it is {actual}.");
    }

    private static void AssertMetadataGenerated(MessageContents example, MessageContents received, string key, string shape) =>
        GeneratorSteps.AssertReplaced(example.Metadata[key], received.Metadata[key], shape, $"metadata '{key}'");

    private static void AssertContentsGenerated(MessageContents example, MessageContents received, string path, string shape)
    {
        var at = DocPath.Parse(path);
        GeneratorSteps.AssertReplaced(
            GeneratorSteps.Select(JToken.Parse(example.Contents.AsText()), at), GeneratorSteps.Select(JToken.Parse(received.Contents.AsText()), at), shape, path);
    }

    private static Pact Written(World world) =>
        world.MessageConsumer.Written ?? throw new InvalidOperationException("No pact file has been read: check that it was written first.");

    private static AsynchronousMessage Message(World world, string ordinal) =>
        Assert.IsType<AsynchronousMessage>(Written(world).Interactions[PactFileSteps.Index(ordinal)]);

    private static SynchronousMessage Synchronous(World world) => Assert.IsType<SynchronousMessage>(Written(world).Interactions[0]);

    /// <summary>The message as written: the asynchronous message, or the synchronous request or first response.</summary>
    private static MessageContents WrittenPart(World world, string part) => part switch
    {
        "message" => Message(world, "first").Contents,
        "request" => Synchronous(world).Request,
        _ => Synchronous(world).Responses[0],
    };

    /// <summary>What the handler received: the asynchronous message, or a synchronous message's first response (as the suite reads it).</summary>
    private static MessageContents Received(World world) => world.MessageConsumer.Kind == MessageKind.Synchronous
        ? ReceivedPart(world, "response")
        : world.MessageConsumer.Received ?? throw new InvalidOperationException("No message was received.");

    private static MessageContents ReceivedPart(World world, string part) => part == "request"
        ? world.MessageConsumer.Received ?? throw new InvalidOperationException("No request was received.")
        : world.MessageConsumer.ReceivedResponses.Count > 0 ? world.MessageConsumer.ReceivedResponses[0] : throw new InvalidOperationException("No response was received.");
}
