using ContractTesting.IO;

namespace ContractTesting.Verification.Reports;

/// <summary>
/// Reports of a verification for CI and people: JUnit XML, JSON and Markdown (see <see cref="VerificationReportFormat"/>).
/// The same result always gives the same text (UTF-8 without a byte-order mark, <c>\n</c> line ends); nothing in
/// it depends on the clock or the machine except what the result holds (durations, the pact's origin).
/// <code>
/// VerificationResult result = await verifier.VerifyAsync(PactSource.Folder("pacts"), cancellationToken);
/// await VerificationReport.WriteAsync(result, VerificationReportFormat.JUnit, "artifacts/pact-verification.xml", cancellationToken);
/// await VerificationReport.WriteAsync(result, VerificationReportFormat.Markdown, Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY")!, cancellationToken);
/// </code>
/// </summary>
public static class VerificationReport
{
    /// <summary>The report as text.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The format is not one of <see cref="VerificationReportFormat"/>.</exception>
    public static string Render(VerificationResult result, VerificationReportFormat format)
    {
        ArgumentNullException.ThrowIfNull(result);
        return format switch
        {
            VerificationReportFormat.JUnit => JUnitReport.Render(result),
            VerificationReportFormat.Json => JsonReport.Render(result),
            VerificationReportFormat.Markdown => MarkdownReport.Render(result),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
        };
    }

    /// <summary>
    /// Writes the report to a file, replacing it atomically (a temporary file beside it is moved over it), so a reader
    /// never sees half a report and a failure leaves the old file as it was. The folder is created if needed.
    /// </summary>
    /// <exception cref="ArgumentException">The path is blank.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static Task WriteAsync(VerificationResult result, VerificationReportFormat format, string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return AtomicFile.WriteAllTextAsync(path, Render(result, format), cancellationToken);
    }

    /// <summary>Writes the report (UTF-8, no byte-order mark) to a stream, which is left open.</summary>
    public static async Task WriteAsync(VerificationResult result, VerificationReportFormat format, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var bytes = AtomicFile.Utf8.GetBytes(Render(result, format));
        await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
