namespace ContractTesting.Bodies;

/// <summary>
/// One body part: its headers in the order received and its raw body bytes. The body is never
/// decoded, not even when a Content-Transfer-Encoding header is present; that is left to the caller.
/// </summary>
internal sealed record MultipartPart(IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    /// <summary>The form field name from Content-Disposition (RFC 7578), or null.</summary>
    public string? Name => DispositionParameter("name");

    /// <summary>The file name from Content-Disposition; <c>filename*</c> (RFC 6266) wins over <c>filename</c>.</summary>
    public string? FileName => DispositionParameter("filename");

    /// <summary>The full Content-Type header value including parameters, or null when absent.</summary>
    public string? ContentType => GetHeader("Content-Type");

    /// <summary>The first header with this name (case-insensitive), or null.</summary>
    public string? GetHeader(string name)
    {
        foreach (var header in Headers)
        {
            if (string.Equals(header.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return header.Value;
            }
        }

        return null;
    }

    private string? DispositionParameter(string parameter)
    {
        var disposition = GetHeader("Content-Disposition");
        return disposition is null ? null : HeaderParameters.Find(disposition, parameter);
    }
}
