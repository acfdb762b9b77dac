namespace ContractTesting.PactFiles;

/// <summary>
/// A pact (or part of one) is malformed. The message names the file (when there is one), the JSON path of the
/// offending value and what is wrong with it.
/// </summary>
public sealed class PactFormatException : FormatException
{
    /// <summary>Creates an exception for a problem at a JSON path.</summary>
    /// <param name="jsonPath">Where the problem is, e.g. <c>$.interactions[0].request.method</c>.</param>
    /// <param name="problem">What is wrong, e.g. "expected a string but found a number".</param>
    /// <param name="filePath">The pact file, or <see langword="null"/> when the pact did not come from a file.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public PactFormatException(string jsonPath, string problem, string? filePath = null, Exception? innerException = null)
        : base(Compose(jsonPath, problem, filePath), innerException)
    {
        JsonPath = jsonPath;
        Problem = problem;
        FilePath = filePath;
    }

    /// <summary>Creates an exception with only a message.</summary>
    public PactFormatException()
        : this("$", "the pact is malformed")
    {
    }

    /// <summary>Creates an exception with only a message.</summary>
    public PactFormatException(string message)
        : this("$", message)
    {
    }

    /// <summary>Creates an exception with only a message and an inner exception.</summary>
    public PactFormatException(string message, Exception innerException)
        : this("$", message, null, innerException)
    {
    }

    /// <summary>The JSON path of the offending value.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    /// <summary>The pact file, or <see langword="null"/>.</summary>
    public string? FilePath { get; }

    /// <summary>The same problem, attributed to a file.</summary>
    public PactFormatException InFile(string filePath) => new(JsonPath, Problem, filePath, InnerException);

    private static string Compose(string jsonPath, string problem, string? filePath) =>
        filePath is null
            ? $"Invalid pact at {jsonPath}: {problem}"
            : $"Invalid pact file '{filePath}' at {jsonPath}: {problem}";
}
