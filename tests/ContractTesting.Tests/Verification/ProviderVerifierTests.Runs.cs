using System.Net;
using ContractTesting.Models;
using ContractTesting.Sources;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;
using static ContractTesting.Tests.Support.VerifierPacts;

namespace ContractTesting.Tests.Verification;

public sealed partial class ProviderVerifierTests
{
    [Fact]
    public async Task VerifyAsync_NoPactForTheProvider_Fails()
    {
        var source = PactSource.FromPacts(new Pact { Consumer = new("Shop"), Provider = new("Orders"), Interactions = [Get("x")] });

        var result = await Verifier(_provider).VerifyAsync(source, TestContext.Current.CancellationToken);

        Assert.False(result.Passed);
        Assert.Equal("No pacts were found for provider 'Users'.", Assert.Single(result.Errors));
        Assert.Contains("Error: No pacts were found for provider 'Users'.", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_NoPactsWhenAllowed_PassesWithAWarning()
    {
        var result = await Verifier(_provider, new VerifierOptions { FailIfNoPactsFound = false, Filter = InteractionFilter.None })
            .VerifyAsync(PactSource.FromPacts(), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal("No pacts were found for provider 'Users'.", Assert.Single(result.Warnings));
    }

    [Fact]
    public async Task VerifyAsync_FilterByDescriptionAndState_VerifiesOnlyWhatItTakes()
    {
        var interactions = new[]
        {
            Get("a request for user 1", "/users/1", State("a user exists")),
            Get("a request for user 2", "/users/2"),
            Get("a request for an order", "/orders/1", State("a user exists")),
        };
        var options = new VerifierOptions { Filter = new InteractionFilter { Description = "user", ProviderState = "^a user" } };

        var result = await Verifier(_provider, options).WithState("a user exists", () => { })
            .VerifyAsync(Source(interactions), TestContext.Current.CancellationToken);

        Assert.Equal(["a request for user 1"], result.Interactions.Select(i => i.Description));
        Assert.Equal(2, Assert.Single(result.Pacts).FilteredOut);
    }

    [Fact]
    public async Task VerifyAsync_FilterWithoutStates_TakesOnlyStatelessInteractions()
    {
        var options = new VerifierOptions { Filter = new InteractionFilter { WithoutProviderStates = true } };

        var result = await Verifier(_provider, options)
            .VerifyAsync(Source(Get("with a state", "/users/1", State("a user exists")), Get("without a state")), TestContext.Current.CancellationToken);

        Assert.Equal(["without a state"], result.Interactions.Select(i => i.Description));
    }

    [Fact]
    public async Task VerifyAsync_FilterByConsumer_LeavesOtherConsumersOut()
    {
        var source = PactSource.FromPacts(
            new Pact { Consumer = new("Shop"), Provider = new(Provider), Interactions = [Get("from the shop")] },
            new Pact { Consumer = new("Billing"), Provider = new(Provider), Interactions = [Get("from billing")] });

        var result = await Verifier(_provider, new VerifierOptions { Filter = new InteractionFilter { Consumers = ["Billing"] } })
            .VerifyAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal(["from billing"], result.Interactions.Select(i => i.Description));
    }

    [Fact]
    public async Task VerifyAsync_PendingInteractionFails_VerificationStillPasses()
    {
        _provider.Respond = (_, _) => StubProvider.Json(HttpStatusCode.InternalServerError, "{}");

        var result = await Verifier(_provider).VerifyAsync(Source(Get("a new feature") with { Pending = true }), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        var interaction = Assert.Single(result.Interactions);
        Assert.Equal(InteractionStatus.Failed, interaction.Status);
        Assert.True(interaction.Pending);
        Assert.False(Assert.Single(result.Pacts).AllPassed);
        Assert.Contains("1 pending failed", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void InteractionFilter_InvalidRegex_IsRefusedWhenTheVerifierIsMade()
    {
        var options = new VerifierOptions { Filter = new InteractionFilter { Description = "(unclosed" } };

        var error = Assert.Throws<ArgumentException>(() => ProviderVerifier.For(Provider, _provider, options: options));

        Assert.Contains("The interaction filter's Description '(unclosed' is not a valid regular expression", error.Message, StringComparison.Ordinal);
    }
}
