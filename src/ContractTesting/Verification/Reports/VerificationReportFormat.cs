namespace ContractTesting.Verification.Reports;

/// <summary>The report formats <see cref="VerificationReport"/> writes.</summary>
public enum VerificationReportFormat
{
    /// <summary>
    /// JUnit XML, as CI systems read it (Jenkins, Azure DevOps, GitLab, GitHub Actions test reporters): a
    /// <c>testsuite</c> per pact and a <c>testcase</c> per interaction. A failed interaction has a <c>failure</c>
    /// (mismatches) or an <c>error</c> (a provider state, the request or the message factory failed) whose text holds
    /// the details. A failed pending interaction is <c>skipped</c> with a message saying so and its details in
    /// <c>system-out</c>, so that it shows without failing the build. Times are in seconds.
    /// </summary>
    JUnit,

    /// <summary>
    /// JSON with a stable, documented shape (<c>docs/verification-reports.md</c>): the provider, counts, errors,
    /// then each pact with each interaction's status, pending flag, mismatches
    /// (<c>part, location, expected, actual, message</c>), errors, warnings and duration in seconds.
    /// </summary>
    Json,

    /// <summary>
    /// GitHub-flavoured Markdown for a job summary or a pull-request comment: the outcome, a table with a row per
    /// pact, then a section per failed interaction with its errors and mismatches (values as diffs).
    /// </summary>
    Markdown,
}
