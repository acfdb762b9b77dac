using ContractTesting.Verification;

namespace Provider.Verification;

/// <summary>UserService honours OrderService's pact, verified in memory and over real HTTP.</summary>
public sealed class UserServiceVerificationTests
{
    [Fact]
    public async Task VerifyAsync_InMemoryHost_AllInteractionsPass()
    {
        using var host = new UserServiceHost();
        var output = new RecordingOutput();

        var result = await ProviderVerifier.For(OrderServicePact.Provider, host.Server.CreateHandler(), options: new VerifierOptions { Output = output })
            .WithStates(UserServiceStates.For(host.Services))
            .WithMessages(UserServiceMessages.For(host.Services))
            .VerifyAsync(OrderServicePact.Source, TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(5, result.Interactions.Count());
        Assert.All(result.Interactions, i => Assert.Equal(InteractionStatus.Passed, i.Status));
        Assert.Contains(output.Lines, l => l.Contains("\"a request for user 1\" (given a user with ID 1 exists): passed", StringComparison.Ordinal));
        Assert.Contains(output.Lines, l => l.Contains($"\"{UserServiceMessages.UserCreated}\" (given a user with ID 1 exists): passed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyAsync_OverKestrel_AllInteractionsPass()
    {
        using var host = UserServiceHost.Listening();

        var result = await ProviderVerifier.For(OrderServicePact.Provider, host.ClientOptions.BaseAddress, new VerifierOptions { Output = new RecordingOutput() })
            .WithStates(UserServiceStates.For(host.Services))
            .WithMessages(UserServiceMessages.For(host.Services))
            .VerifyAsync(OrderServicePact.Source, TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(5, result.Interactions.Count());
    }

    [Fact]
    public async Task VerifyAsync_UserCreatedEventOnly_IsProducedAfterItsStateWithoutAnyHttp()
    {
        using var host = new UserServiceHost();

        var result = await ProviderVerifier.ForMessages(OrderServicePact.Provider, new VerifierOptions
            {
                Output = new RecordingOutput(),
                Filter = new InteractionFilter { Description = "^a UserCreated event" },
            })
            .WithStates(UserServiceStates.For(host.Services))
            .WithMessages(UserServiceMessages.For(host.Services))
            .VerifyAsync(OrderServicePact.Source, TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal([UserServiceMessages.UserCreated], result.Interactions.Select(i => i.Description));
    }

    [Fact]
    public async Task VerifyAsync_DatabaseUnavailableState_IsUndoneByTeardown()
    {
        using var host = new UserServiceHost();
        using var client = host.CreateClient();

        var result = await ProviderVerifier.For(OrderServicePact.Provider, host.Server.CreateHandler(), options: new VerifierOptions
            {
                Output = new RecordingOutput(),
                Filter = new InteractionFilter { ProviderState = "^the user database is unavailable$" },
            })
            .WithStates(UserServiceStates.For(host.Services))
            .VerifyAsync(OrderServicePact.Source, TestContext.Current.CancellationToken);
        using var afterwards = await client.GetAsync(new Uri("/api/users/1", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Single(result.Interactions);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, afterwards.StatusCode);
    }
}
