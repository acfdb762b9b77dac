namespace ContractTesting.Bodies;

/// <summary>Media type names returned by <see cref="ContentSniffer"/>; always lower case.</summary>
internal static class MediaTypes
{
    public const string OctetStream = "application/octet-stream";
    public const string TextPlain = "text/plain";
    public const string Html = "text/html";
    public const string Xml = "application/xml";
    public const string Json = "application/json";
    public const string Svg = "image/svg+xml";
}
