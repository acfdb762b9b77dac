using ContractTesting.Verification;
using ContractTesting.Xunit.Probe;
using ContractTesting.Xunit.Tests.Support;
using Xunit.Sdk;
using Xunit.v3;

namespace ContractTesting.Xunit.Tests;

public sealed class ProviderVerifierExtensionsTests : IDisposable
{
    private readonly ProbeProvider _provider = new();

    public void Dispose() => _provider.Dispose();

    [Fact]
    public async Task VerifyInteractionAsync_PassingInteraction_ReturnsItsResult()
    {
        var rows = await ProbePact.RowsAsync();

        var result = await Verifier().VerifyInteractionAsync(rows[0], TestContext.Current.CancellationToken);

        Assert.True(result.Passed);
        Assert.Equal("a request for a", Assert.Single(result.Interactions).Description);
    }

    [Fact]
    public async Task VerifyInteractionAsync_FailingInteraction_FailsWithTheSummary()
    {
        var rows = await ProbePact.RowsAsync();

        var thrown = await Assert.ThrowsAsync<FailException>(() => Verifier().VerifyInteractionAsync(rows[2], TestContext.Current.CancellationToken));

        Assert.StartsWith("Verification of Api FAILED: 1 pact, 1 interaction, 0 passed, 1 failed.\n1) Web → Api: \"a request for b\" (given b exists)\n", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("body $.id: Expected '2' (String) to be equal to 2 (Integer)", thrown.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("a request for a", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyInteractionAsync_PendingInteractionFails_SkipsWithTheSummary()
    {
        var rows = await ProbePact.RowsAsync();

        var thrown = await Catch(() => Verifier().VerifyInteractionAsync(rows[3], TestContext.Current.CancellationToken));

        Assert.StartsWith(DynamicSkipToken.Value + "The interaction is pending, so its failure does not fail the build.", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("status: Expected status 200 but received 404", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyInteractionAsync_MessageWithoutFactory_FailsSayingWhatIsMissing()
    {
        var rows = await ProbePact.RowsAsync();

        var thrown = await Assert.ThrowsAsync<FailException>(() => Verifier().VerifyInteractionAsync(rows[4], TestContext.Current.CancellationToken));

        Assert.Contains("1) Web → Api: \"an event\"", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("No message factory is registered for 'an event'", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyInteractionAsync_PactChangedSinceDiscovery_FailsSayingSo()
    {
        using var folder = new TempFolder();
        var file = folder.WritePact("Web", "Api", "first", "second");
        var rows = await PactInteractions.LoadAsync("Api", [file], [], TestContext.Current.CancellationToken);
        folder.WritePact("Web", "Api", "second");

        var thrown = await Assert.ThrowsAsync<FailException>(() => Verifier().VerifyInteractionAsync(rows[1], TestContext.Current.CancellationToken));

        Assert.Contains("changed after the tests were discovered: it no longer has \"second\" at position 1", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyInteractionAsync_PactRewritten_ReadsTheNewVersion()
    {
        using var folder = new TempFolder();
        var file = folder.WritePact("Web", "Api", "first");
        var rows = await PactInteractions.LoadAsync("Api", [file], [], TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<FailException>(() => Verifier().VerifyInteractionAsync(rows[0], TestContext.Current.CancellationToken));
        File.WriteAllText(file, File.ReadAllText(file).Replace("\"/0\"", "\"/a\"", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(1));

        var result = await Verifier().VerifyInteractionAsync(rows[0], TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
    }

    // Assert.ThrowsAnyAsync lets xunit's skip exception through (it would skip this test), so it is caught by hand.
    private static async Task<Exception> Catch(Func<Task> action)
    {
        try
        {
            await action();
        }
        catch (Exception e)
        {
            return e;
        }

        throw new InvalidOperationException("Nothing was thrown.");
    }

    private ProviderVerifier Verifier() =>
        ProviderVerifier.For(ProbeProvider.Name, _provider, options: new VerifierOptions { Output = XunitVerificationOutput.Instance, Filter = InteractionFilter.None })
            .WithState("b exists", () => { });
}
