using System.Globalization;
using System.Text;

namespace ContractTesting.Bodies;

/// <summary>Decodes RFC 8187 extended parameter values: <c>charset'language'percent-encoded</c>.</summary>
internal static class ExtendedParameterValue
{
    // Throwing decoder so that bytes which are not UTF-8 reject the value instead of becoming U+FFFD.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The decoded value, or null when it is malformed or uses a charset other than UTF-8 or ISO-8859-1.</summary>
    public static string? Decode(string value)
    {
        var charsetEnd = value.IndexOf('\'', StringComparison.Ordinal);
        var languageEnd = charsetEnd < 0 ? -1 : value.IndexOf('\'', charsetEnd + 1);
        if (languageEnd < 0)
        {
            return null;
        }

        var charset = value[..charsetEnd];
        Encoding? encoding = charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) ? StrictUtf8
            : charset.Equals("ISO-8859-1", StringComparison.OrdinalIgnoreCase) ? Encoding.Latin1
            : null;
        var bytes = PercentDecode(value.AsSpan(languageEnd + 1));
        if (encoding is null || bytes is null)
        {
            return null;
        }

        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static byte[]? PercentDecode(ReadOnlySpan<char> encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%')
            {
                if (i + 2 >= encoded.Length
                    || !byte.TryParse(encoded.Slice(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var decoded))
                {
                    return null;
                }

                bytes.Add(decoded);
                i += 2;
            }
            else if (encoded[i] > 0x7F)
            {
                // Extended values are pure ASCII on the wire; raw non-ASCII means the value is malformed.
                return null;
            }
            else
            {
                bytes.Add((byte)encoded[i]);
            }
        }

        return [.. bytes];
    }
}
