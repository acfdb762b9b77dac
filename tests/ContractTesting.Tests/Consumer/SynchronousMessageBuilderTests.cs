using ContractTesting.Consumer;
using ContractTesting.Models;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Consumer;

/// <summary>V4 synchronous messages: a request message answered by response messages.</summary>
public sealed class SynchronousMessageBuilderTests
{
    [Fact]
    public async Task VerifyAsync_Typed_HandlerGetsTheReifiedRequestAndResponse()
    {
        (Query? Request, Answer? Response) received = default;

        var pact = await MessageRun.WriteAsync(contract => contract.ExpectsToReceive("a stock query")
            .Given("product 1 is in stock")
            .WithRequest(r => r.WithMetadata("replyTo", "stock.answers").WithJsonContent(new { productId = Match.WholeNumber(1) }))
            .WillRespondWith(r => r.WithJsonContent(new { productId = 1, stock = Match.WholeNumber(10).WithGenerator(new ContractTesting.Generation.RandomIntGenerator(50, 60)) }))
            .VerifyAsync<Query, Answer>((request, response) => Task.FromResult(received = (request, response)), TestContext.Current.CancellationToken));

        Assert.Equal(1, received.Request?.ProductId);
        Assert.InRange(received.Response!.Stock, 50, 60);
        var sync = Assert.IsType<SynchronousMessage>(Assert.Single(pact.Pact.Interactions));
        Assert.Equal("stock.answers", sync.Request.Metadata["replyTo"].Value<string>());
        Assert.Equal(10, Assert.Single(sync.Responses).Contents.ParseJson()["stock"]!.Value<int>());
        Assert.Equal(SynchronousMessage.TypeName, pact.At("type")?.Value<string>());
        JsonAssert.Equal("""[{"match":"integer"}]""", pact.At("request", "matchingRules", "content", "$.productId", "matchers"));
    }

    [Fact]
    public async Task VerifyAsync_SeveralResponses_RawHandlerGetsThemInOrder()
    {
        IReadOnlyList<MessageContents>? responses = null;

        var pact = await MessageRun.WriteAsync(contract => contract.ExpectsToReceive("a stream of prices")
            .WithRequest(r => r.WithTextContent("prices?"))
            .WillRespondWith(r => r.WithJsonContent(new { price = 1 }))
            .WillRespondWith(r => r.WithXmlContent(new System.Xml.Linq.XElement("price", "2")))
            .VerifyAsync((_, all) => Task.FromResult(responses = all), TestContext.Current.CancellationToken));

        Assert.Equal(["application/json", "application/xml"], responses!.Select(r => r.ContentType?.MediaType));
        Assert.Equal(2, (pact.At("response") as JArray)?.Count);
    }

    [Fact]
    public async Task VerifyAsync_TypedHandlerWithSeveralResponses_ThrowsBeforeTheHandlerRuns()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        var message = contract.ExpectsToReceive("a stream of prices")
            .WithRequest(r => r.WithTextContent("prices?"))
            .WillRespondWith(r => r.WithJsonContent(new { price = 1 }))
            .WillRespondWith(r => r.WithJsonContent(new { price = 2 }));

        var error = Assert.Throws<InvalidOperationException>(() => message.Verify<string, Answer>((_, _) => { }));
        await message.VerifyAsync((_, _) => Task.CompletedTask, TestContext.Current.CancellationToken);

        Assert.Contains("has 2 responses", error.Message, StringComparison.Ordinal);
        Assert.True(folder.Written());
    }

    [Fact]
    public async Task VerifyAsync_HandlerThrows_ThrowsNamingTheMessageAndWritesNothing()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());

        var error = await Assert.ThrowsAsync<MessageHandlerException>(() => contract.ExpectsToReceive("a stock query")
            .WithRequest(r => r.WithJsonContent(new { productId = 1 }))
            .WillRespondWith(r => r.WithJsonContent(new { stock = 0 }))
            .VerifyAsync<Query, Answer>((_, _) => throw new InvalidOperationException("out of stock"), TestContext.Current.CancellationToken));

        Assert.Equal("a stock query", error.Description);
        Assert.Contains("out of stock", error.Message, StringComparison.Ordinal);
        Assert.False(folder.Written());
    }

    [Fact]
    public async Task VerifyAsync_V3Contract_ThrowsBeforeTheHandlerRuns()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options(new ContractOptions { Specification = PactSpecification.V3 }));
        var ran = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.ExpectsToReceive("a stock query")
            .WithRequest(r => r.WithJsonContent(new { productId = 1 }))
            .WillRespondWith(r => r.WithJsonContent(new { stock = 0 }))
            .VerifyAsync((_, _) => Task.FromResult(ran = true), TestContext.Current.CancellationToken));

        Assert.False(ran);
        Assert.Contains("synchronous messages need V4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_ResponseBreaksItsOwnMatcher_ThrowsNamingTheResponse()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.ExpectsToReceive("a stock query")
            .WithRequest(r => r.WithJsonContent(new { productId = 1 }))
            .WillRespondWith(r => r.WithJsonContent(new { stock = 1 }))
            .WillRespondWith(r => r.WithMetadata("status", Match.Regex("gone", "ok|failed")))
            .VerifyAsync((_, _) => Task.CompletedTask, TestContext.Current.CancellationToken));

        Assert.Contains("response 2 metadata status", error.Message, StringComparison.Ordinal);
    }

    private sealed record Query(int ProductId);

    private sealed record Answer(int ProductId, int Stock);
}
