using ContractTesting.Bodies;

namespace ContractTesting.Models;

/// <summary>Resolves and detects the content type of bodies.</summary>
internal static class ContentTypes
{
    /// <summary>The body's declared type, else the header (or metadata) value, else one detected from the content.</summary>
    public static ContentType? Resolve(Body body, string? declared)
    {
        if (body.ContentType is not null)
        {
            return body.ContentType;
        }

        if (ContentType.TryParse(declared, out var parsed))
        {
            return parsed;
        }

        return body.IsPresent ? Detect(body.Content.Span) : null;
    }

    /// <summary>
    /// The content type detected from the content itself (magic numbers for binary formats; XML, HTML, JSON or plain text
    /// for text); <see langword="null"/> when nothing could be told.
    /// </summary>
    public static ContentType? Detect(ReadOnlySpan<byte> content) =>
        ContentSniffer.Detect(content) is var detected && detected != "application/octet-stream" ? ContentType.Parse(detected) : null;

    /// <summary>The content type detected from text.</summary>
    public static ContentType DetectText(string text) => Detect(System.Text.Encoding.UTF8.GetBytes(text)) ?? ContentType.Text;
}
