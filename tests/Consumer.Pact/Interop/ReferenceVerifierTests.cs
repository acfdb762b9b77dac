using ContractTesting;
using ContractTesting.TestSupport;
using ContractTesting.Verification;

namespace Consumer.Pact.Interop;

/// <summary>
/// The pact these consumer tests write, verified by the reference implementation's verifier (<c>pact verifier</c>)
/// against the real UserService on 127.0.0.1, which sets up each provider state through its state-change endpoint
/// and produces its messages through the message endpoint (the reference verifier's <c>message</c> transport).
/// Runs after the consumer tests (its collection is not parallel) and writes their pact first, so it verifies this run's pact.
/// </summary>
[Collection(nameof(ReferenceInterop))]
public sealed class ReferenceVerifierTests
{
    [Fact]
    public async Task ReferenceVerifier_WrittenPactAgainstUserService_Passes()
    {
        ReferencePactCli.Require();
        await Contract.WritePactFilesAsync(TestContext.Current.CancellationToken);
        var pactFile = Path.Combine(RepositoryLayout.Pacts, $"{UserServicePact.Consumer}-{UserServicePact.Provider}.json");
        await using var host = new UserServiceTestHost();
        host.StartServer();
        var baseAddress = host.BaseAddress;
        var states = host.Services.GetService(typeof(ProviderStateEndpoint)) as ProviderStateEndpoint;

        var result = await ReferencePactCli.RunAsync(
            [
                "verifier",
                "--file", pactFile,
                "--hostname", baseAddress.Host,
                "--port", baseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--transports", $"message:{baseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}{ProviderMessageEndpoints.DefaultPath}",
                "--provider-name", UserServicePact.Provider,
                "--state-change-url", new Uri(baseAddress, ProviderStateEndpoint.Path).ToString(),
                "--state-change-teardown",
                "--no-colour",
            ],
            TimeSpan.FromMinutes(2),
            TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, $"The reference verifier rejected the pact.\n{result}");
        TestContext.Current.TestOutputHelper?.WriteLine(result.ToString());
        Assert.Contains("Verifying a pact between OrderService and UserService", result.Output, StringComparison.Ordinal);
        Assert.Contains("a request for user 1", result.Output, StringComparison.Ordinal);
        Assert.Contains("a request to send user 1 an order confirmation", result.Output, StringComparison.Ordinal);
        Assert.Contains("a UserCreated event for user 1", result.Output, StringComparison.Ordinal);
        Assert.Contains("\"type\" with value \"UserCreated\" (OK)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", result.Output, StringComparison.Ordinal);
        Assert.Contains("setup: the user database is unavailable", states!.Received);
        Assert.Contains("teardown: the user database is unavailable", states.Received);
    }
}
