namespace ContractTesting.Broker.Http;

/// <summary>
/// Names taken from the URL path. ASP.NET Core decodes every escape in a route value except <c>%2F</c>, which it
/// leaves as it is so that it cannot split a segment; the Pact verifier sends branch names with <c>/</c> that way.
/// </summary>
internal static class RouteName
{
    /// <summary>The name with <c>%2F</c> turned into <c>/</c>.</summary>
    public static string Decode(string value) =>
        value.Contains('%', StringComparison.Ordinal)
            ? value.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase)
            : value;

    /// <summary>A name as one path segment of a link (RFC 3986 unreserved characters kept, the rest escaped: <c>/</c> is <c>%2F</c>).</summary>
    public static string Encode(string value) => Uri.EscapeDataString(value);
}
