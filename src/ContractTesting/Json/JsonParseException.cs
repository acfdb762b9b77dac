namespace ContractTesting.Json;

/// <summary>Text is not valid JSON (or holds a number no JSON value here can carry); says where and what.</summary>
internal sealed class JsonParseException(string path, string problem, Exception? innerException = null)
    : FormatException($"Invalid JSON at {path}: {problem}", innerException)
{
    /// <summary>Where the problem is, as a JSON path (<c>$</c> when only the position in the text is known).</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong.</summary>
    public string Problem { get; } = problem;
}
