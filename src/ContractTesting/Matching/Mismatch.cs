namespace ContractTesting.Matching;

/// <summary>One difference between what was expected and what was received.</summary>
/// <param name="Part">Where: method, path, query, header, body, body content type, status or metadata.</param>
/// <param name="Location">
/// The location within the part: a JSON path such as <c>$.items[0].id</c> for bodies, the header, query parameter or
/// metadata name, or empty for method, path and status.
/// </param>
/// <param name="Expected">The expected value as text, or <see langword="null"/> when nothing was expected.</param>
/// <param name="Actual">The actual value as text, or <see langword="null"/> when it was missing.</param>
/// <param name="Message">What is wrong, in words a person can act on.</param>
public sealed record Mismatch(MismatchPart Part, string Location, string? Expected, string? Actual, string Message)
{
    /// <summary>A one-line description, e.g. <c>body $.name: Expected 'Bob' (String) to be equal to 'Ada' (String)</c>.</summary>
    public override string ToString()
    {
        var part = Part switch
        {
            MismatchPart.BodyContentType => "body content type",
            _ => Part.ToString().ToLowerInvariant(),
        };
        return Location.Length == 0 ? $"{part}: {Message}" : $"{part} {Location}: {Message}";
    }
}
