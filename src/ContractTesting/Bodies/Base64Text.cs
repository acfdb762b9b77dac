using System.Diagnostics.CodeAnalysis;

namespace ContractTesting.Bodies;

/// <summary>Base64 as binary content is carried in pact files and multipart parts.</summary>
internal static class Base64Text
{
    /// <summary>Decodes base64 (line breaks allowed); <see langword="false"/> when the text is not base64.</summary>
    public static bool TryDecode(string text, [NotNullWhen(true)] out byte[]? bytes)
    {
        var compact = text.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        var buffer = new byte[compact.Length];
        if (Convert.TryFromBase64String(compact, buffer, out var written))
        {
            bytes = buffer[..written];
            return true;
        }

        bytes = null;
        return false;
    }
}
