using ContractTesting.Consumer;

namespace ContractTesting.Tests.Support;

/// <summary>Runs message consumer tests in a fresh temp pact folder and reads back the pact file they wrote.</summary>
internal static class MessageRun
{
    /// <summary>Defines and verifies messages with <paramref name="verify"/>, then returns the written pact.</summary>
    public static async Task<WrittenPact> WriteAsync(Func<IContractBuilder, Task> verify, ContractOptions? options = null)
    {
        using var folder = new TempPactFolder();
        using (var contract = Contract.Between(ConsumerRun.ConsumerName, ConsumerRun.ProviderName, folder.Options(options)))
        {
            await verify(contract);
        }

        return folder.Read();
    }

    /// <summary>One asynchronous message, "an event", described by <paramref name="describe"/> and handled by a handler that accepts it.</summary>
    public static Task<WrittenPact> AcceptAsync(Func<IMessageInteractionBuilder, IMessageBuilder> describe, ContractOptions? options = null) =>
        WriteAsync(contract => describe(contract.ExpectsToReceive("an event")).VerifyAsync(_ => Task.CompletedTask, TestContext.Current.CancellationToken), options);
}
