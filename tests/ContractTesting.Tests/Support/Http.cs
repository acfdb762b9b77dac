using ContractTesting.Models;

namespace ContractTesting.Tests.Support;

/// <summary>Header collections for requests and responses.</summary>
internal static class Http
{
    /// <summary>Single-valued headers.</summary>
    public static HeaderCollection Headers(params (string Name, string Value)[] headers) =>
        HeaderCollection.From(headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)));

    /// <summary>One header with several values (several header lines).</summary>
    public static HeaderCollection Header(string name, params string[] values) => new([new(name, values)]);
}
