using ContractTesting.Consumer;
using ContractTesting.Models;
using ContractTesting.PactFiles;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

/// <summary>A message is recorded only when its handler succeeds; everything else is a clear error and writes nothing.</summary>
public sealed partial class MessageInteractionBuilderTests
{
    [Fact]
    public async Task VerifyAsync_HandlerThrows_ThrowsNamingTheMessageAndWritesNothing()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        var failure = new InvalidOperationException("the user cache is full");

        var error = await Assert.ThrowsAsync<MessageHandlerException>(() => contract.ExpectsToReceive("a user created event")
            .WithJsonContent(new { userId = 1 })
            .VerifyAsync<JsonUser>(_ => throw failure, TestContext.Current.CancellationToken));

        Assert.Same(failure, error.InnerException);
        Assert.Equal("a user created event", error.Description);
        Assert.Contains("failed to handle the message 'a user created event'", error.Message, StringComparison.Ordinal);
        Assert.Contains("the user cache is full", error.Message, StringComparison.Ordinal);
        Assert.False(folder.Written());
    }

    [Fact]
    public async Task VerifyAsync_OneHandlerFailsAnotherPasses_OnlyThePassingMessageIsWritten()
    {
        using var folder = new TempPactFolder();
        using (var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options()))
        {
            await Assert.ThrowsAsync<MessageHandlerException>(() => contract.ExpectsToReceive("a failing event")
                .WithJsonContent(new { id = 1 })
                .VerifyAsync(_ => throw new FormatException("bad"), TestContext.Current.CancellationToken));
            await contract.ExpectsToReceive("a passing event").WithJsonContent(new { id = 2 }).VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken);
        }

        Assert.Equal(["a passing event"], folder.Read().Descriptions);
    }

    [Fact]
    public async Task VerifyAsync_TextReadAsARecord_ThrowsSayingWhyAndWritesNothing()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        var ran = false;

        var error = await Assert.ThrowsAsync<MessageHandlerException>(() => contract.ExpectsToReceive("a line")
            .WithTextContent("1,Ada")
            .VerifyAsync<JsonUser>(_ => Task.FromResult(ran = true), TestContext.Current.CancellationToken));

        Assert.False(ran);
        Assert.Contains("text/plain contents, which cannot be deserialised as JsonUser", error.Message, StringComparison.Ordinal);
        Assert.False(folder.Written());
    }

    [Fact]
    public async Task VerifyAsync_JsonOfAnotherShape_ThrowsNamingTheType()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());

        var error = await Assert.ThrowsAsync<MessageHandlerException>(() => contract.ExpectsToReceive("an event")
            .WithJsonContent(new { userId = "not a number" })
            .VerifyAsync<JsonUser>(_ => Task.CompletedTask, TestContext.Current.CancellationToken));

        Assert.Contains("cannot be read as JsonUser", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_ExampleBreaksItsOwnMatcher_ThrowsBeforeTheHandlerRuns()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        var ran = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.ExpectsToReceive("an event")
            .WithMetadata("topic", Match.Regex("orders", "users|people"))
            .VerifyAsync(_ => Task.FromResult(ran = true), TestContext.Current.CancellationToken));

        Assert.False(ran);
        Assert.Contains("In the interaction 'an event', an example does not satisfy its own matcher: message metadata topic", error.Message, StringComparison.Ordinal);
        Assert.False(folder.Written());
    }

    [Fact]
    public async Task VerifyAsync_V2Contract_ThrowsBeforeTheHandlerRuns()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options(new ContractOptions { Specification = PactSpecification.V2 }));
        var ran = false;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.ExpectsToReceive("an event")
            .WithJsonContent(new { id = 1 })
            .VerifyAsync(_ => Task.FromResult(ran = true), TestContext.Current.CancellationToken));

        Assert.False(ran);
        Assert.Contains("interaction 'an event': messages need V3 or V4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_V3PactFileHoldsHttpInteractions_ThrowsInTheTestAndKeepsTheFile()
    {
        using var folder = new TempPactFolder();
        var v3 = new ContractOptions { Specification = PactSpecification.V3 };
        PactFile.Write(SamplePacts.Of(SamplePacts.Get("a request", "/")) with { Specification = PactSpecification.V3 }, folder.FileOf());
        var before = await File.ReadAllTextAsync(folder.FileOf(), TestContext.Current.CancellationToken);
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options(v3));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => contract.ExpectsToReceive("an event")
            .WithJsonContent(new { id = 1 })
            .VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken));

        Assert.Contains("The message 'an event' cannot join", error.Message, StringComparison.Ordinal);
        Assert.Contains("a V3 pact holds either HTTP interactions or messages", error.Message, StringComparison.Ordinal);
        TempPactFolder.WritePending();
        Assert.Equal(before, await File.ReadAllTextAsync(folder.FileOf(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task VerifyAsync_SameMessageTwiceWithOtherContent_SecondThrows()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        await contract.ExpectsToReceive("an event").WithJsonContent(new { id = 1 }).VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            contract.ExpectsToReceive("an event").WithJsonContent(new { id = 2 }).VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken));

        Assert.Contains("different content", error.Message, StringComparison.Ordinal);
        Assert.Single(folder.Read().Pact.Interactions);
    }

    [Fact]
    public void Dispose_MessageNeverVerified_ThrowsNamingIt()
    {
        var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName);
        contract.ExpectsToReceive("a forgotten event").WithJsonContent(new { id = 1 });

        var error = Assert.Throws<InvalidOperationException>(contract.Dispose);

        Assert.Contains("'a forgotten event'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Verify(...) or VerifyAsync(...)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithMetadata_AfterWithRequest_ThrowsPointingAtTheSynchronousStages()
    {
        using var folder = new TempPactFolder();
        using var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options());
        var message = contract.ExpectsToReceive("a query");
        message.WithRequest(r => r.WithJsonContent(new { id = 1 })).WillRespondWith(r => r.WithJsonContent(new { ok = true }))
            .Verify<object, object>((_, _) => { });

        var metadata = Assert.Throws<InvalidOperationException>(() => message.WithMetadata("k", "v"));
        var request = Assert.Throws<InvalidOperationException>(() => message.WithRequest(_ => { }));
        var verify = await Assert.ThrowsAsync<InvalidOperationException>(() => message.VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken));

        Assert.Contains("WillRespondWith", metadata.Message, StringComparison.Ordinal);
        Assert.Contains("already has a request", request.Message, StringComparison.Ordinal);
        Assert.Contains("verify it after WillRespondWith", verify.Message, StringComparison.Ordinal);
    }

    private sealed record JsonUser(int UserId);
}
