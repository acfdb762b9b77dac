using System.Diagnostics.CodeAnalysis;
using System.Text;
using ContractTesting.Models;

namespace ContractTesting.Bodies;

/// <summary>
/// Text in bodies: decoded and encoded with the content type's <c>charset</c> (UTF-8 when there is none or it is not
/// known). Strict decoding reports bytes that are not text in that charset rather than replacing them.
/// </summary>
internal static class TextEncodings
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes strictly; <see langword="false"/> when the bytes are not valid in the charset.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, ContentType? type, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = Strict(type).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }

    /// <summary>Decodes leniently (invalid bytes become U+FFFD), for messages.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, ContentType? type) => Lenient(type).GetString(bytes);

    /// <summary>Encodes text in the charset.</summary>
    public static byte[] Encode(string text, ContentType? type) => Lenient(type).GetBytes(text);

    /// <summary>The charset's name as shown in messages ("UTF-8" by default).</summary>
    public static string NameOf(ContentType? type) => Strict(type).WebName.ToUpperInvariant();

    private static Encoding Strict(ContentType? type) => type?.Charset is { } charset && !IsUtf8(charset) && TryGet(charset, strict: true, out var encoding)
        ? encoding
        : StrictUtf8;

    private static Encoding Lenient(ContentType? type) => type?.Charset is { } charset && !IsUtf8(charset) && TryGet(charset, strict: false, out var encoding)
        ? encoding
        : Encoding.UTF8;

    private static bool IsUtf8(string charset) => charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static bool TryGet(string charset, bool strict, [NotNullWhen(true)] out Encoding? encoding)
    {
        try
        {
            encoding = strict
                ? Encoding.GetEncoding(charset, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                : Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            encoding = null;
            return false;
        }
    }
}
