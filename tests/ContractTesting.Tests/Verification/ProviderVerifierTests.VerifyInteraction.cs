using System.Net;
using ContractTesting.Models;
using ContractTesting.Sources;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;
using static ContractTesting.Tests.Support.VerifierPacts;

namespace ContractTesting.Tests.Verification;

public sealed partial class ProviderVerifierTests
{
    private static readonly LoadedPact TwoInteractions = new()
    {
        Pact = new Pact { Consumer = new("Shop"), Provider = new(Provider), Interactions = [Get("a request for a", "/a"), Get("a request for b", "/b")] },
        Origin = "memory",
    };

    [Fact]
    public async Task VerifyInteractionAsync_Index_VerifiesOnlyThatInteraction()
    {
        _provider.Respond = (request, _) => StubProvider.Json(request.RequestUri!.AbsolutePath == "/b" ? HttpStatusCode.InternalServerError : HttpStatusCode.OK, "{}");
        var output = new CollectingOutput();

        var result = await Verifier(_provider, output: output).VerifyInteractionAsync(TwoInteractions, 1, TestContext.Current.CancellationToken);

        Assert.False(result.Passed);
        var pact = Assert.Single(result.Pacts);
        Assert.Equal(1, pact.FilteredOut);
        Assert.Equal("a request for b", Assert.Single(pact.Interactions).Description);
        Assert.Equal("/b", Assert.Single(_provider.Received).Request.RequestUri!.AbsolutePath);
        Assert.Contains("status: Expected status 200 but received 500", result.Summary, StringComparison.Ordinal);
        Assert.Contains(output.Lines, l => l.StartsWith("  \"a request for b\": FAILED", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Lines, l => l.StartsWith("Verification of", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VerifyInteractionAsync_FilterLeavesTheInteractionOut_StillVerifiesIt()
    {
        var verifier = Verifier(_provider, new VerifierOptions { Filter = new InteractionFilter { Description = "^nothing$" } });

        var result = await verifier.VerifyInteractionAsync(TwoInteractions, 0, TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Equal(InteractionStatus.Passed, Assert.Single(result.Interactions).Status);
    }

    [Fact]
    public async Task VerifyInteractionAsync_WithPublishOptions_WarnsThatNothingIsPublished()
    {
        var verifier = Verifier(_provider, new VerifierOptions { Filter = InteractionFilter.None, Publish = new PublishOptions { ProviderVersion = "1.0.0" } });

        var result = await verifier.VerifyInteractionAsync(TwoInteractions, 0, TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        Assert.Contains("only one interaction was verified", Assert.Single(result.Warnings), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public async Task VerifyInteractionAsync_IndexOutOfRange_ThrowsNamingThePact(int index)
    {
        var verifier = Verifier(_provider);

        var thrown = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => verifier.VerifyInteractionAsync(TwoInteractions, index, TestContext.Current.CancellationToken));

        Assert.Contains("Shop → Users (memory) has 2 interactions", thrown.Message, StringComparison.Ordinal);
        Assert.Empty(_provider.Received);
    }

    [Fact]
    public async Task VerifyInteractionAsync_PactForAnotherProvider_Throws()
    {
        var verifier = ProviderVerifier.For("Other", _provider, options: new VerifierOptions { Output = new CollectingOutput() });

        var thrown = await Assert.ThrowsAsync<ArgumentException>(() => verifier.VerifyInteractionAsync(TwoInteractions, 0, TestContext.Current.CancellationToken));

        Assert.Contains("is not a pact for provider 'Other'", thrown.Message, StringComparison.Ordinal);
    }
}
