using ContractTesting.Verification;
using ContractTesting.Xunit;

namespace Provider.Verification;

/// <summary>
/// Each interaction of OrderService's pact is a test case of its own against UserService, in memory with a fresh
/// host and database per case, so a broken interaction fails only its own case, with the summary as the message.
/// </summary>
public sealed class UserServiceInteractionTests
{
    [Theory]
    [PactInteractions(OrderServicePact.Provider, OrderServicePact.RelativeFile)]
    public async Task VerifyInteractionAsync_OrderServiceInteraction_Passes(PactInteraction interaction)
    {
        using var host = new UserServiceHost();

        var result = await ProviderVerifier.For(OrderServicePact.Provider, host.Server.CreateHandler(), options: new VerifierOptions { Output = XunitVerificationOutput.Instance })
            .WithStates(UserServiceStates.For(host.Services))
            .WithMessages(UserServiceMessages.For(host.Services))
            .VerifyInteractionAsync(interaction, TestContext.Current.CancellationToken);

        Assert.Equal(interaction.Description, Assert.Single(result.Interactions).Description);
    }
}
