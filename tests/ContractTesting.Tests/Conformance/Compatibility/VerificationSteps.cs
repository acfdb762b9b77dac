using ContractTesting.Matching;
using ContractTesting.Verification;

namespace ContractTesting.Tests.Conformance.Compatibility;

/// <summary>
/// Runs the verifier against the scenario's provider and checks the outcome: success, the errors in the suite's
/// wording, pending errors, what was printed, and what was published to the stubbed brokers.
/// </summary>
internal static class VerificationSteps
{
    [Step("the verification is run")]
    public static async Task Run(World world)
    {
        var verification = world.Verification;
        var provider = verification.Provider ?? throw new InvalidOperationException("No provider was started.");

        // The reference verifier warns about a state that no callback takes, and goes on.
        var options = new VerifierOptions
        {
            Output = verification.Output,
            Filter = InteractionFilter.None,
            Publish = verification.Publish,
            UnhandledStates = UnhandledStateBehavior.Warn,
        };
        var verifier = ProviderVerifier.For(VerificationWorld.ProviderName, provider.BaseUrl, options);
        if (verification.StateCallback is { } callback)
        {
            verifier.WithStateChangeUrl(callback.Url, new StateChangeUrlOptions { Teardown = true });
        }

        foreach (var (name, value) in verification.FilterHeaders)
        {
            verifier.WithRequestFilter(request =>
            {
                request.Headers.Remove(name);
                request.Headers.TryAddWithoutValidation(name, value);
            });
        }

        verification.Result = await verifier.VerifyAsync(verification.Sources, TestContext.Current.CancellationToken);
    }

    [Step("the verification will be successful")]
    public static void Successful(World world) => Assert.True(Result(world).Passed, Result(world).Summary);

    [Step("the verification will NOT be successful")]
    public static void NotSuccessful(World world) => Assert.False(Result(world).Passed, Result(world).Summary);

    [Step("the verification results will contain a \"(.*)\" error")]
    public static void ContainsError(World world, string error)
    {
        var result = Result(world);
        var failed = result.Interactions.Where(i => i.FailsVerification).ToList();

        Assert.True(failed.Any(i => HasError(i, error)) || result.Errors.Any(e => e.Contains(error, StringComparison.Ordinal)),
            $"No '{error}' error in the results.\n{result.Summary}");
    }

    [Step("there will be a pending \"(.*)\" error")]
    public static void PendingError(World world, string error)
    {
        var result = Result(world);

        Assert.True(result.Interactions.Any(i => i.Status == InteractionStatus.Failed && i.Pending && HasError(i, error)),
            $"No pending '{error}' error in the results.\n{result.Summary}");
    }

    [Step("the comment \"(.*)\" will have been printed to the console")]
    public static void CommentPrinted(World world, string comment) => Printed(world, comment);

    [Step("the \"(.*)\" will displayed as the original test name")]
    public static void TestNamePrinted(World world, string name) => Printed(world, $"Test Name: {name}");

    [Step("a warning will be displayed that there was no provider state callback configured for provider state \"(.*)\"")]
    public static void NoCallbackWarning(World world, string state)
    {
        var result = Result(world);

        Assert.Contains(result.Interactions.SelectMany(i => i.Warnings), w => w.Contains($"'{state}'", StringComparison.Ordinal));
        Assert.Contains(world.Verification.Output.Lines, l => l.Contains("warning:", StringComparison.Ordinal) && l.Contains($"'{state}'", StringComparison.Ordinal));
    }

    [Step("the request to the provider will contain the header \"(.*)\"")]
    public static void ProviderGotHeader(World world, string header)
    {
        var (name, value) = (header.Split(':', 2)[0].Trim(), header.Split(':', 2)[1].Trim());
        var received = world.Verification.Provider!.Received;

        Assert.NotEmpty(received);
        Assert.All(received, r => Assert.Equal(value, r.Request.Headers.GetJoined(name)));
    }

    /// <summary>
    /// Whether the interaction failed with the error the suite names: its mismatch kinds in the reference's words
    /// ("Response status did not match", "Headers had differences", "Body had differences"), else an error message.
    /// </summary>
    private static bool HasError(InteractionResult result, string error) => error switch
    {
        "Response status did not match" => result.Mismatches.Any(m => m.Part == MismatchPart.Status),
        "Headers had differences" => result.Mismatches.Any(m => m.Part == MismatchPart.Header),
        "Body had differences" => result.Mismatches.Any(m => m.Part == MismatchPart.Body),
        _ => result.Errors.Any(e => e.Contains(error, StringComparison.Ordinal)),
    };

    private static void Printed(World world, string text) =>
        Assert.True(world.Verification.Output.Lines.Any(l => l.Contains(text, StringComparison.Ordinal)),
            $"'{text}' was not printed. Output:\n{string.Join("\n", world.Verification.Output.Lines)}");

    private static VerificationResult Result(World world) =>
        world.Verification.Result ?? throw new InvalidOperationException("The verification has not run.");
}
