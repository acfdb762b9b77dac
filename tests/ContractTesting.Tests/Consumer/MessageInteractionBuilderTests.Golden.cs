using ContractTesting.Consumer;
using ContractTesting.Models;
using ContractTesting.Tests.Support;

namespace ContractTesting.Tests.Consumer;

/// <summary>The pact files message tests write, byte for byte, in V3 (a message pact) and V4.</summary>
public sealed partial class MessageInteractionBuilderTests
{
    [Fact]
    public async Task VerifyAsync_V3Messages_WriteTheV3GoldenFile()
    {
        using var folder = new TempPactFolder();
        using (var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options(new ContractOptions { Specification = PactSpecification.V3 })))
        {
            await DefineEventsAsync(contract);
        }

        folder.Read();

        Golden.Verify("golden/messages-v3.json", await File.ReadAllTextAsync(folder.FileOf(), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task VerifyAsync_V4AsynchronousAndSynchronousMessages_WriteTheV4GoldenFile()
    {
        using var folder = new TempPactFolder();
        using (var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options()))
        {
            await DefineEventsAsync(contract);
            await contract.ExpectsToReceive("a stock query")
                .Given("product 1 is in stock", new { productId = 1 })
                .WithKey("stock-query")
                .WithRequest(r => r.WithMetadata("replyTo", "stock.answers").WithJsonContent(new { productId = Match.WholeNumber(1) }))
                .WillRespondWith(r => r.WithJsonContent(new { productId = 1, stock = Match.WholeNumber(10) }))
                .VerifyAsync((_, _) => Task.CompletedTask, TestContext.Current.CancellationToken);
        }

        folder.Read();

        Golden.Verify("golden/messages-v4.json", await File.ReadAllTextAsync(folder.FileOf(), TestContext.Current.CancellationToken));
    }

    private static async Task DefineEventsAsync(IContractBuilder contract)
    {
        await contract.ExpectsToReceive("a user created event")
            .Given("a user is created", new { id = 1 })
            .WithMetadata("type", "UserCreated")
            .WithMetadata("topic", Match.Regex("users", "users|people"))
            .WithJsonContent(new
            {
                userId = Match.WholeNumber(1),
                name = Match.Type("Ada Lovelace"),
                createdAt = Match.DateTime("2024-05-01T10:15:30Z", "yyyy-MM-dd'T'HH:mm:ssX"),
                eventId = Match.Uuid(),
            })
            .VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken);
        await contract.ExpectsToReceive("an audit line")
            .WithTextContent("user 1 created\n")
            .VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken);
    }
}
