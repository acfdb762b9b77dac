using System.Buffers.Binary;

namespace ContractTesting.Bodies;

/// <summary>
/// Recognises binary formats from fixed byte patterns near the start of the data.
/// Short signatures are backed by a second structural check where text could collide with them.
/// </summary>
internal static class MagicSignatures
{
    /// <summary>Formats whose signature cannot be mistaken for text; null when none matches.</summary>
    public static string? Detect(ReadOnlySpan<byte> data) =>
        DetectImage(data)
        ?? DetectArchive(data)
        ?? MediaSignatures.Detect(data)
        ?? DetectOther(data);

    /// <summary>
    /// "MZ" alone is printable, so it is only trusted once the data has been rejected as text;
    /// 64 bytes is the size of the DOS header every real executable has.
    /// </summary>
    public static string? DetectWeak(ReadOnlySpan<byte> data) =>
        data.Length >= 64 && data.StartsWith("MZ"u8) ? "application/x-msdownload" : null;

    /// <summary>True when <paramref name="magic"/> occurs at <paramref name="offset"/>.</summary>
    public static bool At(ReadOnlySpan<byte> data, int offset, ReadOnlySpan<byte> magic) =>
        data.Length >= offset + magic.Length && data.Slice(offset, magic.Length).SequenceEqual(magic);

    private static string? DetectImage(ReadOnlySpan<byte> data)
    {
        if (At(data, 0, [0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (At(data, 0, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (data.StartsWith("RIFF"u8) && At(data, 8, "WEBP"u8))
        {
            return "image/webp";
        }

        if (data.StartsWith("II*\0"u8) || data.StartsWith("MM\0*"u8))
        {
            return "image/tiff";
        }

        if (IsBmp(data))
        {
            return "image/bmp";
        }

        // ICONDIR: reserved 0, type 1, then a non-zero image count.
        return data.Length >= 6 && At(data, 0, [0, 0, 1, 0]) && (data[4] | data[5]) != 0 ? "image/x-icon" : null;
    }

    private static string? DetectArchive(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        // Local file header, empty archive, spanned archive.
        if (data.StartsWith("PK\x03\x04"u8) || data.StartsWith("PK\x05\x06"u8) || data.StartsWith("PK\x07\x08"u8))
        {
            return "application/zip";
        }

        // 0x08 is deflate, the only compression method gzip defines.
        if (At(data, 0, [0x1F, 0x8B, 0x08]))
        {
            return "application/gzip";
        }

        // "BZh" + block size digit, then the block magic (pi) or the end-of-stream magic (sqrt pi).
        if (data.StartsWith("BZh"u8) && data.Length >= 10 && data[3] is >= (byte)'1' and <= (byte)'9'
            && (At(data, 4, [0x31, 0x41, 0x59, 0x26, 0x53, 0x59]) || At(data, 4, [0x17, 0x72, 0x45, 0x38, 0x50, 0x90])))
        {
            return "application/x-bzip2";
        }

        if (At(data, 0, [(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C]))
        {
            return "application/x-7z-compressed";
        }

        if (At(data, 0, [0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00]))
        {
            return "application/x-xz";
        }

        if (At(data, 0, [0x28, 0xB5, 0x2F, 0xFD]))
        {
            return "application/zstd";
        }

        if (data.StartsWith("Rar!\x1A\x07"u8))
        {
            return "application/x-rar-compressed";
        }

        return At(data, 257, "ustar"u8) ? "application/x-tar" : null;
    }

    private static string? DetectOther(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("\0asm"u8))
        {
            return "application/wasm";
        }

        if (data.StartsWith("SQLite format 3\0"u8))
        {
            return "application/x-sqlite3";
        }

        return At(data, 0, [0x7F, (byte)'E', (byte)'L', (byte)'F']) ? "application/x-executable" : null;
    }

    /// <summary>"BM" is printable, so also require a known DIB header size at offset 14.</summary>
    private static bool IsBmp(ReadOnlySpan<byte> data)
    {
        if (data.Length < 18 || !data.StartsWith("BM"u8))
        {
            return false;
        }

        var dibHeaderSize = BinaryPrimitives.ReadUInt32LittleEndian(data[14..]);
        return dibHeaderSize is 12 or 40 or 52 or 56 or 64 or 108 or 124;
    }
}
