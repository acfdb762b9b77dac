namespace ContractTesting.Bodies;

/// <summary>
/// Synonyms for the same format, mapped to the name <see cref="ContentSniffer"/> reports.
/// Only true aliases are listed (same bytes, different registered or legacy name); a type
/// that merely contains another (JSON is text) is not an alias, to keep matching conservative.
/// </summary>
internal static class MediaTypeAliases
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/xml"] = MediaTypes.Xml,
        ["image/jpg"] = "image/jpeg",
        ["image/vnd.microsoft.icon"] = "image/x-icon",
        ["application/x-gzip"] = "application/gzip",
        ["application/x-zip-compressed"] = "application/zip",
        ["application/vnd.rar"] = "application/x-rar-compressed",
        ["audio/x-wav"] = "audio/wav",
        ["audio/wave"] = "audio/wav",
        ["audio/mp3"] = "audio/mpeg",
    };

    public static string Canonical(string mediaType) =>
        Aliases.TryGetValue(mediaType, out var canonical) ? canonical : mediaType;
}
