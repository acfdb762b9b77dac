using ContractTesting.Verification;

namespace ContractTesting.Xunit.Probe;

/// <summary>Api against Web's pact, one case per interaction; two cases fail and one is skipped, on purpose.</summary>
public sealed class ProbeTests
{
    [Theory]
    [PactInteractions(ProbeProvider.Name, ProbeProvider.PactFile)]
    public async Task Api_HonoursWebsPact(PactInteraction interaction)
    {
        using var provider = new ProbeProvider();

        await ProviderVerifier.For(ProbeProvider.Name, provider, options: new VerifierOptions { Output = XunitVerificationOutput.Instance, Filter = InteractionFilter.None })
            .WithState("b exists", () => { })
            .VerifyInteractionAsync(interaction, TestContext.Current.CancellationToken);
    }
}
