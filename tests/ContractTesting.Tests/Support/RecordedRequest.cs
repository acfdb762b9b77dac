using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Support;

/// <summary>A request a stub server received: the target exactly as sent (still percent-encoded), the headers and the body.</summary>
internal sealed record RecordedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The body as JSON.</summary>
    public JToken Json => JToken.Parse(Body);

    /// <summary>A header's value (several values joined with ", "), or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
