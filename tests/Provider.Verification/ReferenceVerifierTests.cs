using System.Globalization;
using ContractTesting.TestSupport;
using ContractTesting.Verification;

namespace Provider.Verification;

/// <summary>
/// The reference implementation's verifier (<c>pact verifier</c>) verifies UserService on 127.0.0.1, setting each
/// provider state through the library's ready-made state-change endpoint, which runs the same handlers
/// (<see cref="UserServiceStates"/>) as the in-process verifier, and taking its messages from the ready-made message
/// endpoint, which runs the same factories (<see cref="UserServiceMessages"/>).
/// </summary>
public sealed class ReferenceVerifierTests
{
    [Fact]
    public async Task ReferenceVerifier_ThroughStateChangeEndpoint_Passes()
    {
        ReferencePactCli.Require();
        var calls = new List<string>();
        using var host = UserServiceHost.Listening(services => services
            .AddProviderStateEndpoint(app => new ProviderStates().WithFallback(new RecordingStates(UserServiceStates.For(app), calls)))
            .AddProviderMessageEndpoint(UserServiceMessages.For));
        var address = host.ClientOptions.BaseAddress;

        var result = await ReferencePactCli.RunAsync(
            [
                "verifier",
                "--file", OrderServicePact.File,
                "--hostname", address.Host,
                "--port", address.Port.ToString(CultureInfo.InvariantCulture),
                "--transports", $"message:{address.Port.ToString(CultureInfo.InvariantCulture)}{ProviderMessageEndpoints.DefaultPath}",
                "--provider-name", OrderServicePact.Provider,
                "--state-change-url", new Uri(address, ProviderStateEndpoints.DefaultPath).ToString(),
                "--state-change-teardown",
                "--no-colour",
            ],
            TimeSpan.FromMinutes(2),
            TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(result.ToString());
        Assert.True(result.ExitCode == 0, $"The reference verifier rejected UserService.\n{result}");
        Assert.Contains("a request for user 1", result.Output, StringComparison.Ordinal);
        Assert.Contains(UserServiceMessages.UserCreated, result.Output, StringComparison.Ordinal);
        Assert.Contains("\"type\" with value \"UserCreated\" (OK)", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("FAILED", result.Output, StringComparison.Ordinal);
        lock (calls)
        {
            Assert.Contains("setup: a user with ID 1 exists", calls);
            Assert.Contains("setup: the user database is unavailable", calls);
            Assert.Contains("teardown: the user database is unavailable", calls);
        }
    }

    /// <summary>Records each call, then hands it to UserService's states.</summary>
    private sealed class RecordingStates(ProviderStates states, List<string> calls) : IProviderStateHandler
    {
        public Task<IReadOnlyDictionary<string, Newtonsoft.Json.Linq.JToken>?> HandleAsync(ProviderStateChange change, CancellationToken cancellationToken)
        {
            lock (calls)
            {
                calls.Add($"{(change.Action == ProviderStateAction.Setup ? "setup" : "teardown")}: {change.State.Name}");
            }

            return states.HandleAsync(change, cancellationToken);
        }
    }
}
