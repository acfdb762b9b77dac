namespace ContractTesting.Bodies;

/// <summary>
/// Detects the media type of a body from its bytes, for the Pact <c>contentType</c> matching rule.
/// Binary formats are recognised by magic numbers, then UTF-8 text is classified by its shape.
/// </summary>
internal static class ContentSniffer
{
    /// <summary>Returns the detected media type (lower case, no parameters).</summary>
    public static string Detect(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return MediaTypes.OctetStream;
        }

        // Weak signatures (two printable bytes such as "MZ") are tried only after text sniffing,
        // so that ordinary text which happens to start with them stays text.
        return MagicSignatures.Detect(data)
            ?? TextSniffer.Detect(data)
            ?? MagicSignatures.DetectWeak(data)
            ?? MediaTypes.OctetStream;
    }

    /// <summary>
    /// True when the detected type equals the expected base type. Parameters and case are ignored and
    /// well-known synonyms (see <see cref="MediaTypeAliases"/>) are equal; there is deliberately no
    /// "compatible" matching, so <c>text/plain</c> does not accept JSON or XML.
    /// </summary>
    public static bool Matches(ReadOnlySpan<byte> data, string expectedContentType, out string detected)
    {
        ArgumentNullException.ThrowIfNull(expectedContentType);

        detected = Detect(data);
        var expected = MediaTypeAliases.Canonical(BaseType(expectedContentType));
        return string.Equals(expected, detected, StringComparison.OrdinalIgnoreCase);
    }

    private static string BaseType(string contentType)
    {
        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
    }
}
