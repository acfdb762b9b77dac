using System.Text.RegularExpressions;

namespace ContractTesting.Models;

/// <summary>Resolves and detects the content type of bodies.</summary>
internal static partial class ContentTypes
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
    /// Guesses a content type from the start of the content: XML, HTML, JSON, else plain text; <see langword="null"/>
    /// when the content is not UTF-8 text.
    /// </summary>
    public static ContentType? Detect(ReadOnlySpan<byte> content)
    {
        var head = content.Length > 64 ? content[..64] : content;
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, true).GetString(head);
        }
        catch (System.Text.DecoderFallbackException)
        {
            // A multi-byte character cut at the boundary is still text; anything else is binary.
            if (content.Length <= 64)
            {
                return null;
            }

            text = System.Text.Encoding.UTF8.GetString(head).TrimEnd('\uFFFD');
            if (text.Contains('\uFFFD', StringComparison.Ordinal))
            {
                return null;
            }
        }

        return DetectText(text);
    }

    /// <summary>Guesses a content type from text: XML, HTML, JSON, else plain text.</summary>
    public static ContentType DetectText(string text)
    {
        if (XmlDeclaration().IsMatch(text))
        {
            return ContentType.Xml;
        }

        if (Html().IsMatch(text))
        {
            return ContentType.Html;
        }

        if (XmlElement().IsMatch(text))
        {
            return ContentType.Xml;
        }

        return Json().IsMatch(text) ? ContentType.Json : ContentType.Text;
    }

    [GeneratedRegex(@"^\s*<\?xml\s*version")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"^\s*(<!DOCTYPE|<HTML>)", RegexOptions.IgnoreCase)]
    private static partial Regex Html();

    [GeneratedRegex(@"^\s*<\w+")]
    private static partial Regex XmlElement();

    [GeneratedRegex(@"^\s*(true|false|null|-?[0-9]+|""|\{\s*(}|"")|\[)")]
    private static partial Regex Json();
}
