namespace ContractTesting.Verification.Reports;

/// <summary>How many interactions passed and failed, counted the same way in every report.</summary>
/// <param name="Interactions">The interactions verified.</param>
/// <param name="Passed">Those that passed.</param>
/// <param name="Failed">Those that failed and are not pending: they fail the verification.</param>
/// <param name="PendingFailed">Those that failed but are pending: reported, not failing the verification.</param>
/// <param name="Errored">Of the <paramref name="Failed"/> ones, those with errors (not only mismatches).</param>
/// <param name="FilteredOut">Interactions the filter left out.</param>
/// <param name="Seconds">The interactions' durations added up, in seconds.</param>
internal sealed record ReportCounts(int Interactions, int Passed, int Failed, int PendingFailed, int Errored, int FilteredOut, double Seconds)
{
    public static ReportCounts Of(PactVerificationResult pact) => Of(pact.Interactions, pact.FilteredOut);

    public static ReportCounts Of(VerificationResult result) => Of([.. result.Interactions], result.Pacts.Sum(p => p.FilteredOut));

    private static ReportCounts Of(IReadOnlyCollection<InteractionResult> results, int filteredOut) => new(
        results.Count,
        results.Count(r => r.Status == InteractionStatus.Passed),
        results.Count(r => r.FailsVerification),
        results.Count(r => r.Status == InteractionStatus.Failed && r.Pending),
        results.Count(r => r.FailsVerification && r.Errors.Count > 0),
        filteredOut,
        results.Sum(r => r.Duration.TotalSeconds));
}
