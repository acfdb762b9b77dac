using ContractTesting.Verification;
using Xunit;
using Xunit.Sdk;

namespace ContractTesting.Xunit;

/// <summary>Verifying one <see cref="PactInteraction"/> as an xunit test.</summary>
public static class ProviderVerifierExtensions
{
    /// <summary>
    /// Verifies the interaction and asserts that it passed. A failure fails the test with the verification's summary
    /// (the interaction, its mismatches with expected and actual values, its errors); a failure of a pending
    /// interaction skips the test with the summary instead, as it must not fail the build. The filter of the
    /// verifier's options does not apply and nothing is published.
    /// </summary>
    /// <param name="verifier">The verifier, with the provider's states and target.</param>
    /// <param name="interaction">The row, from <see cref="PactInteractionsAttribute"/>.</param>
    /// <param name="cancellationToken">Cancels the verification; pass <c>TestContext.Current.CancellationToken</c>.</param>
    /// <returns>The result, when the interaction passed.</returns>
    /// <exception cref="FailException">The interaction failed, or the pact file no longer holds it.</exception>
    /// <exception cref="Sources.PactSourceException">The pact file can no longer be read.</exception>
    public static async Task<VerificationResult> VerifyInteractionAsync(this ProviderVerifier verifier, PactInteraction interaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verifier);
        ArgumentNullException.ThrowIfNull(interaction);
        var pact = await PactCache.LoadAsync(verifier.Provider, interaction.PactFile, cancellationToken).ConfigureAwait(false);
        var interactions = pact.Pact.Interactions;
        if (interaction.Index >= interactions.Count || interactions[interaction.Index].Description != interaction.Description)
        {
            Assert.Fail($"The pact file '{interaction.PactFile}' changed after the tests were discovered: it no longer has \"{interaction.Description}\" " +
                $"at position {interaction.Index}. Discover the tests again.");
        }

        var result = await verifier.VerifyInteractionAsync(pact, interaction.Index, cancellationToken).ConfigureAwait(false);
        var verified = result.Interactions.Single();
        if (!result.Passed)
        {
            Assert.Fail(result.Summary);
        }

        if (verified.Status == InteractionStatus.Failed)
        {
            Assert.Skip("The interaction is pending, so its failure does not fail the build.\n" + result.Summary);
        }

        return result;
    }
}
