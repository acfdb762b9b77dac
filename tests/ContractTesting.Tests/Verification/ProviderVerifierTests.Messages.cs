using ContractTesting.Generation;
using ContractTesting.Matching;
using ContractTesting.Models;
using ContractTesting.Rules;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;
using Newtonsoft.Json.Linq;
using static ContractTesting.Tests.Support.VerifierPacts;

namespace ContractTesting.Tests.Verification;

/// <summary>Message interactions, verified against what their factories produce.</summary>
public sealed partial class ProviderVerifierTests
{
    [Fact]
    public async Task VerifyAsync_FactoryProducesTheMessage_Passes()
    {
        var output = new CollectingOutput();

        var result = await MessageVerifier(output)
            .WithMessage("a user created event", _ => ProviderMessage.Json(new { UserId = 1, Name = "Ada" }).WithMetadata("type", "UserCreated"))
            .VerifyAsync(Source(Event("a user created event", """{"userId":1,"name":"Ada"}""", Metadata(("type", "UserCreated")))), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Contains(output.Lines, l => l.StartsWith("  \"a user created event\": passed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyAsync_Factory_RunsAfterItsStatesWithTheirValuesNotAtRegistration()
    {
        var calls = new List<string>();
        var verifier = MessageVerifier()
            .WithState<UserState>("a user exists", (user, _) =>
            {
                calls.Add($"setup {user.Id}");
                return Task.FromResult<object?>(new { name = "Ada" });
            }, (_, _) =>
            {
                calls.Add("teardown");
                return Task.CompletedTask;
            })
            .WithMessage("a user created event", async (context, ct) =>
            {
                await Task.Yield();
                var values = context.ProviderStateAs<UserState>();
                calls.Add($"factory {values.Id} {values.Name}");
                return new { userId = values.Id, name = values.Name };
            });
        var registered = calls.Count;

        var result = await verifier.VerifyAsync(
            Source(Event("a user created event", """{"userId":7,"name":"Ada"}""", states: State("a user exists", new { id = 7 }))),
            TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(0, registered);
        Assert.Equal(["setup 7", "factory 7 Ada", "teardown"], calls);
    }

    [Fact]
    public async Task VerifyAsync_NoFactoryForTheDescription_FailsNamingItAndTheRegisteredOnes()
    {
        var result = await MessageVerifier()
            .WithMessage("a user deleted event", _ => new { })
            .VerifyAsync(Source(Event("a user created event", "{}")), TestContext.Current.CancellationToken);

        Assert.False(result.Passed);
        var error = Assert.Single(Assert.Single(result.Interactions).Errors);
        Assert.Equal("No message factory is registered for 'a user created event' (descriptions must match exactly). Registered: 'a user deleted event'.", error);
        Assert.Contains("\"a user created event\"", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_ContentsDiffer_FailsWithTheBodyMismatch()
    {
        var result = await MessageVerifier()
            .WithMessage("a user created event", _ => new { userId = 1, name = "Bob" })
            .VerifyAsync(Source(Event("a user created event", """{"userId":1,"name":"Ada"}""")), TestContext.Current.CancellationToken);

        var mismatch = Assert.Single(Assert.Single(result.Interactions).Mismatches);
        Assert.Equal(MismatchPart.Body, mismatch.Part);
        Assert.Equal("$.name", mismatch.Location);
        Assert.Contains("body $.name:", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_MetadataDiffersOrIsMissing_FailsWithMetadataMismatches()
    {
        var expected = Event("a user created event", "{}", Metadata(("type", "UserCreated"), ("topic", "users")));

        var result = await MessageVerifier()
            .WithMessage("a user created event", _ => ProviderMessage.Json(new { }).WithMetadata("type", "UserDeleted"))
            .VerifyAsync(Source(expected), TestContext.Current.CancellationToken);

        var mismatches = Assert.Single(result.Interactions).Mismatches;
        Assert.All(mismatches, m => Assert.Equal(MismatchPart.Metadata, m.Part));
        Assert.Equal(["topic", "type"], mismatches.Select(m => m.Location).Order(StringComparer.Ordinal));
        Assert.Contains("Expected message metadata 'topic' but was missing", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_MetadataRule_AcceptsAnotherValueThatSatisfiesIt()
    {
        var expected = Event("a user created event", "{}", Metadata(("topic", "users")));
        expected = expected with
        {
            Contents = expected.Contents with { MatchingRules = MatchingRules.Empty.With(MatchingRules.Metadata, DocPath.Root.JoinField("topic"), new RuleList([new RegexRule("users|people")])) },
        };

        var result = await MessageVerifier()
            .WithMessage("a user created event", _ => ProviderMessage.Json(new { }).WithMetadata("topic", "people"))
            .VerifyAsync(Source(expected), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
    }

    [Fact]
    public async Task VerifyAsync_PactStatesTheContentTypeAsMetadata_TheContentsOwnTypeMeetsIt()
    {
        var expected = Event("a user created event", """{"id":1}""", Metadata(("contentType", "application/json")));

        var result = await MessageVerifier()
            .WithMessage("a user created event", _ => ProviderMessage.FromBytes("""{"id":1}"""u8, "application/json; charset=utf-8"))
            .VerifyAsync(Source(expected), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
    }

    [Fact]
    public async Task VerifyAsync_FactoryThrows_FailsWithItsMessage()
    {
        var result = await MessageVerifier()
            .WithMessage("a user created event", object? (_) => throw new InvalidOperationException("the outbox is empty"))
            .VerifyAsync(Source(Event("a user created event", "{}")), TestContext.Current.CancellationToken);

        var error = Assert.Single(Assert.Single(result.Interactions).Errors);
        Assert.Equal("The message factory for 'a user created event' failed: InvalidOperationException: the outbox is empty", error);
    }

    [Fact]
    public async Task VerifyAsync_FactoryReturnsNull_FailsSayingWhatToReturn()
    {
        var result = await MessageVerifier()
            .WithMessage("a user created event", _ => null)
            .VerifyAsync(Source(Event("a user created event", "{}")), TestContext.Current.CancellationToken);

        Assert.Contains("returned null", Assert.Single(Assert.Single(result.Interactions).Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_FactoryReturnsMessageContents_IsComparedAsItIs()
    {
        var produced = new MessageContents { Contents = Body.FromText("user 1 created", ContentType.Parse("text/plain")) };
        var expected = new AsynchronousMessage
        {
            Description = "an audit line",
            Contents = new MessageContents { Contents = Body.FromText("user 2 created", ContentType.Parse("text/plain")) },
        };

        var result = await MessageVerifier().WithMessage("an audit line", _ => produced).VerifyAsync(Source(expected), TestContext.Current.CancellationToken);

        Assert.Equal(MismatchPart.Body, Assert.Single(Assert.Single(result.Interactions).Mismatches).Part);
    }

    [Fact]
    public void WithMessage_SameDescriptionTwice_Throws()
    {
        var verifier = MessageVerifier().WithMessage("an event", _ => new { });

        var error = Assert.Throws<ArgumentException>(() => verifier.WithMessage("an event", _ => new { }));

        Assert.Contains("'an event' already has a factory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_HttpVerifierWithAFactory_VerifiesHttpAndMessagesOfOnePact()
    {
        var result = await Verifier(_provider)
            .WithMessage("an event", _ => new { id = 1 })
            .VerifyAsync(Source(Get("a request for user 1"), Event("an event", """{"id":1}""")), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(2, result.Interactions.Count());
        Assert.Single(_provider.Received);
    }

    [Fact]
    public async Task VerifyAsync_MessagesOnlyVerifierGivenAnHttpInteraction_FailsSayingItHasNoTarget()
    {
        var result = await MessageVerifier().VerifyAsync(Source(Get("a request for user 1")), TestContext.Current.CancellationToken);

        Assert.Contains("cannot replay Synchronous/HTTP interactions", Assert.Single(Assert.Single(result.Interactions).Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_SynchronousMessage_FactoryGetsTheGeneratedRequestAndItsResponseIsMatched()
    {
        var request = new MessageContents
        {
            Contents = Body.FromJson(JToken.Parse("""{"productId":0}""")),
            Generators = Generators.Empty.With(MatchingRules.Content, DocPath.Parse("$.productId"), new ProviderStateGenerator("${productId}", ProviderStateDataType.WholeNumber)),
        };
        var sync = new SynchronousMessage
        {
            Description = "a stock query",
            ProviderStates = [State("product 5 is in stock", new { productId = 5 })],
            Request = request,
            Responses = [new MessageContents { Contents = Body.FromJson(JToken.Parse("""{"productId":5,"stock":10}""")) }],
        };
        StockQuery? received = null;

        var result = await MessageVerifier()
            .WithState("product 5 is in stock", () => { })
            .WithMessage("a stock query", context =>
            {
                received = context.RequestAs<StockQuery>();
                return new { productId = received.ProductId, stock = 10 };
            })
            .VerifyAsync(Source(sync), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(new StockQuery(5), received);
    }

    [Fact]
    public async Task VerifyAsync_SynchronousMessageSecondResponseDiffers_MismatchNamesTheResponse()
    {
        var result = await MessageVerifier()
            .WithMessage("a stream of prices", _ => new[] { ProviderMessage.Json(new { price = 1 }), ProviderMessage.Json(new { price = 3 }) })
            .VerifyAsync(Source(Prices(2)), TestContext.Current.CancellationToken);

        var mismatch = Assert.Single(Assert.Single(result.Interactions).Mismatches);
        Assert.StartsWith("Response 2: ", mismatch.Message, StringComparison.Ordinal);
        Assert.Equal("$.price", mismatch.Location);
    }

    [Fact]
    public async Task VerifyAsync_SynchronousMessageWithTooFewResponses_FailsCountingThem()
    {
        var result = await MessageVerifier()
            .WithMessage("a stream of prices", _ => new { price = 1 })
            .VerifyAsync(Source(Prices(2)), TestContext.Current.CancellationToken);

        Assert.Equal(
            "The message factory for 'a stream of prices' produced 1 response message(s), but the pact expects 2.",
            Assert.Single(Assert.Single(result.Interactions).Errors));
    }

    [Fact]
    public async Task VerifyAsync_AsynchronousMessageGivenSeveralMessages_Fails()
    {
        var result = await MessageVerifier()
            .WithMessage("an event", _ => new[] { ProviderMessage.Empty, ProviderMessage.Empty })
            .VerifyAsync(Source(Event("an event", "{}")), TestContext.Current.CancellationToken);

        Assert.Contains("produced 2 messages; an asynchronous message is one message", Assert.Single(Assert.Single(result.Interactions).Errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestAs_AsynchronousMessage_ThrowsSayingThereIsNoRequest()
    {
        var context = await CaptureContextAsync(Event("an event", "{}"));

        var error = Assert.Throws<InvalidOperationException>(context.RequestAs<StockQuery>);

        Assert.Null(context.Request);
        Assert.Equal("an event", context.Description);
        Assert.Contains("'an event' is an asynchronous message: it has no request", error.Message, StringComparison.Ordinal);
    }

    private static SynchronousMessage Prices(int count) => new()
    {
        Description = "a stream of prices",
        Request = new MessageContents { Contents = Body.FromText("prices?") },
        Responses = [.. Enumerable.Range(1, count).Select(i => new MessageContents { Contents = Body.FromJson(JToken.Parse($$"""{"price":{{i}}}""")) })],
    };

    private static async Task<MessageContext> CaptureContextAsync(Interaction interaction)
    {
        MessageContext? context = null;
        await MessageVerifier().WithMessage(interaction.Description, c =>
        {
            context = c;
            return ProviderMessage.Empty;
        }).VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);
        return context!;
    }

    private static Dictionary<string, JToken> Metadata(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => (JToken)e.Value);

    private sealed record StockQuery(int ProductId);
}
