using System.Net;
using ContractTesting.Matching;
using ContractTesting.Tests.Support;
using ContractTesting.Verification;
using static ContractTesting.Tests.Support.VerifierPacts;

namespace ContractTesting.Tests.Verification;

public sealed partial class ProviderVerifierTests : IDisposable
{
    private readonly StubProvider _provider = new();

    public void Dispose() => _provider.Dispose();

    [Fact]
    public async Task VerifyAsync_ProviderAnswersAsExpected_Passes()
    {
        var output = new CollectingOutput();

        var result = await Verifier(_provider, output: output).VerifyAsync(Source(Get("a request for user 1")), TestContext.Current.CancellationToken);

        Assert.True(result.Passed, result.Summary);
        var interaction = Assert.Single(result.Interactions);
        Assert.Equal(InteractionStatus.Passed, interaction.Status);
        Assert.Equal("/users/1", Assert.Single(_provider.Received).Request.RequestUri!.AbsolutePath);
        Assert.Contains(output.Lines, l => l.StartsWith("  \"a request for user 1\": passed", StringComparison.Ordinal));
        Assert.StartsWith("Verification of Users passed: 1 pact, 1 interaction, 1 passed, 0 failed.", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_WrongStatus_FailsWithStatusMismatch()
    {
        _provider.Respond = (_, _) => StubProvider.Json(HttpStatusCode.NotFound, "{}");

        var result = await Verifier(_provider).VerifyAsync(Source(Get("a request for user 1")), TestContext.Current.CancellationToken);

        Assert.False(result.Passed);
        var mismatch = Assert.Single(Assert.Single(result.Interactions).Mismatches);
        Assert.Equal(MismatchPart.Status, mismatch.Part);
        Assert.Contains("1) Shop → Users: \"a request for user 1\"", result.Summary, StringComparison.Ordinal);
        Assert.Contains("status: Expected status 200 but received 404", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_BodyDiffers_SummaryShowsExpectedAndActual()
    {
        _provider.Respond = (_, _) => StubProvider.Json(HttpStatusCode.OK, """{"name":"Bob"}""");
        var interaction = Get("a request for user 1") with { Response = SamplePacts.Json(200, """{"name":"Ada"}""") };

        var result = await Verifier(_provider).VerifyAsync(Source(interaction), TestContext.Current.CancellationToken);

        var mismatch = Assert.Single(Assert.Single(result.Interactions).Mismatches);
        Assert.Equal("$.name", mismatch.Location);
        Assert.Contains("body $.name:", result.Summary, StringComparison.Ordinal);
        Assert.Contains("Ada", result.Summary, StringComparison.Ordinal);
        Assert.Contains("Bob", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VerifyAsync_ProviderUnreachable_FailsWithTheRequestError()
    {
        var verifier = ProviderVerifier.For(Provider, new Uri("http://127.0.0.1:1/"), new VerifierOptions { Output = new CollectingOutput(), Filter = InteractionFilter.None });

        var result = await verifier.VerifyAsync(Source(Get("a request for user 1")), TestContext.Current.CancellationToken);

        var error = Assert.Single(Assert.Single(result.Interactions).Errors);
        Assert.StartsWith("The request GET http://127.0.0.1:1/users/1 to the provider failed:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void For_ClientWithoutBaseAddress_Throws()
    {
        using var client = new HttpClient(_provider, disposeHandler: false);

        var error = Assert.Throws<ArgumentException>(() => ProviderVerifier.For(Provider, client));

        Assert.Contains("no BaseAddress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_RelativeBaseUrl_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ProviderVerifier.For(Provider, new Uri("/api", UriKind.Relative)));

        Assert.Contains("absolute http or https URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void For_NonPositiveTimeout_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => ProviderVerifier.For(Provider, _provider, options: new VerifierOptions { RequestTimeout = TimeSpan.Zero }));

        Assert.Contains("timeout must be positive", error.Message, StringComparison.Ordinal);
    }
}
