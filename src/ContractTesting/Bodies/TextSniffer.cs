using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace ContractTesting.Bodies;

/// <summary>Classifies data that is UTF-8 text as XML, HTML, SVG, JSON or plain text.</summary>
internal static class TextSniffer
{
    // C0 controls other than \t \n \f \r, and DEL: their presence means the data is not text.
    private static readonly SearchValues<byte> BinaryControls = SearchValues.Create(
        [0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F,
         0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F, 0x7F]);

    private static readonly SearchValues<byte> Whitespace = SearchValues.Create(" \t\r\n\f"u8);

    // Utf8JsonReader keeps no per-level allocations, so a generous depth costs nothing.
    private static readonly JsonReaderOptions JsonOptions = new() { MaxDepth = 1024 };

    /// <summary>Returns the text media type, or null when the data is not UTF-8 text.</summary>
    public static string? Detect(ReadOnlySpan<byte> data)
    {
        // Both scans are vectorised; the control-byte scan goes first because it fails fast on binary.
        if (data.ContainsAny(BinaryControls) || !Utf8.IsValid(data))
        {
            return null;
        }

        var text = Trim(data.StartsWith(Encoding.UTF8.Preamble) ? data[3..] : data);
        if (text.IsEmpty)
        {
            return MediaTypes.TextPlain;
        }

        if (text[0] == (byte)'<')
        {
            return ClassifyMarkup(text);
        }

        return text[0] is (byte)'{' or (byte)'[' && IsJson(text) ? MediaTypes.Json : MediaTypes.TextPlain;
    }

    private static string ClassifyMarkup(ReadOnlySpan<byte> text)
    {
        var root = MarkupRoot.FindRootName(text);
        if (root.SequenceEqual("svg"u8))
        {
            return MediaTypes.Svg;
        }

        if (text.StartsWith("<?xml"u8))
        {
            return MediaTypes.Xml;
        }

        if (StartsWithWord(text, "<!doctype html"u8) || StartsWithWord(text, "<html"u8) || Ascii.EqualsIgnoreCase(root, "html"u8))
        {
            return MediaTypes.Html;
        }

        return text[^1] == (byte)'>' ? MediaTypes.Xml : MediaTypes.TextPlain;
    }

    /// <summary>Case-insensitive prefix that must be followed by a delimiter, so "&lt;htmlx" is not HTML.</summary>
    private static bool StartsWithWord(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix) =>
        text.Length > prefix.Length
        && Ascii.EqualsIgnoreCase(text[..prefix.Length], prefix)
        && (text[prefix.Length] is (byte)'>' or (byte)'/' || Whitespace.Contains(text[prefix.Length]));

    /// <summary>
    /// Streams the whole value through Utf8JsonReader: no DOM is built, and the reader rejects
    /// trailing content after the top-level value.
    /// </summary>
    private static bool IsJson(ReadOnlySpan<byte> text)
    {
        var reader = new Utf8JsonReader(text, JsonOptions);
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> data)
    {
        var start = data.IndexOfAnyExcept(Whitespace);
        return start < 0 ? [] : data[start..(data.LastIndexOfAnyExcept(Whitespace) + 1)];
    }
}
