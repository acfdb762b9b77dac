using ContractTesting.TestSupport;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>
/// The official CLI's <c>pact broker</c> commands against a test broker. One attempt per request, so an answer the
/// CLI would retry (5xx, 429) fails the command at once instead of after the CLI's back-off.
/// </summary>
public static class BrokerCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static Task<ProcessResult> RunAsync(TestBroker broker, params string[] arguments) =>
        ReferencePactCli.RunAsync(["broker", .. arguments, "-b", broker.Base, "--retries", "1"], Timeout, TestContext.Current.CancellationToken);
}
