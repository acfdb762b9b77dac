namespace ContractTesting.Bodies;

/// <summary>Audio, video and font signatures (see <see cref="MagicSignatures"/>).</summary>
internal static class MediaSignatures
{
    public static string? Detect(ReadOnlySpan<byte> data) =>
        DetectRiffOrIsoMedia(data) ?? DetectAudio(data) ?? DetectFont(data);

    private static string? DetectRiffOrIsoMedia(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("RIFF"u8))
        {
            return MagicSignatures.At(data, 8, "WAVE"u8) ? "audio/wav"
                : MagicSignatures.At(data, 8, "AVI "u8) ? "video/x-msvideo"
                : null;
        }

        if (MagicSignatures.At(data, 4, "ftyp"u8))
        {
            return IsoMediaType(data.Length >= 12 ? data.Slice(8, 4) : []);
        }

        // EBML header: WebM and Matroska share it and differ by the DocType string that follows.
        if (At(data, 0, [0x1A, 0x45, 0xDF, 0xA3]))
        {
            return data[..Math.Min(data.Length, 64)].IndexOf("matroska"u8) >= 0 ? "video/x-matroska" : "video/webm";
        }

        return null;
    }

    /// <summary>
    /// ISO base media files (ftyp box) are video/mp4 unless the major brand names an
    /// image or audio-only profile, so that HEIC/AVIF photos are not reported as video.
    /// </summary>
    private static string IsoMediaType(ReadOnlySpan<byte> brand)
    {
        if (brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8))
        {
            return "image/avif";
        }

        if (brand.SequenceEqual("heic"u8) || brand.SequenceEqual("heix"u8) || brand.SequenceEqual("mif1"u8))
        {
            return "image/heic";
        }

        if (brand.SequenceEqual("qt  "u8))
        {
            return "video/quicktime";
        }

        return brand.SequenceEqual("M4A "u8) ? "audio/mp4" : "video/mp4";
    }

    private static string? DetectAudio(ReadOnlySpan<byte> data)
    {
        // ID3v2 tag: the byte after "ID3" is the major version (2, 3 or 4), which text never has.
        if (data.Length >= 10 && data.StartsWith("ID3"u8) && data[3] is >= 2 and <= 4)
        {
            return "audio/mpeg";
        }

        if (IsMpegAudioFrame(data))
        {
            return "audio/mpeg";
        }

        // Page header version byte is always 0.
        if (data.Length >= 27 && data.StartsWith("OggS\0"u8))
        {
            return "audio/ogg";
        }

        // The first metadata block must be STREAMINFO (type 0, optionally flagged last) of length 34.
        return data.Length >= 8 && data.StartsWith("fLaC"u8) && (data[4] & 0x7F) == 0 && At(data, 5, [0, 0, 34])
            ? "audio/flac"
            : null;
    }

    /// <summary>
    /// An MPEG audio frame header (no ID3 tag): 11 sync bits, then version, layer, bitrate and
    /// sample-rate fields that must not hold their reserved values. ADTS (AAC) has layer 0 and is excluded.
    /// </summary>
    private static bool IsMpegAudioFrame(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4 || data[0] != 0xFF || (data[1] & 0xE0) != 0xE0)
        {
            return false;
        }

        var version = (data[1] >> 3) & 0x3;
        var layer = (data[1] >> 1) & 0x3;
        var bitrate = data[2] >> 4;
        var sampleRate = (data[2] >> 2) & 0x3;
        return version != 1 && layer != 0 && bitrate != 0xF && sampleRate != 3;
    }

    private static string? DetectFont(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 12 && (data.StartsWith("wOFF"u8) || data.StartsWith("wOF2"u8)) && IsSfntFlavor(data.Slice(4, 4)))
        {
            return data[3] == (byte)'F' ? "font/woff" : "font/woff2";
        }

        // sfnt version then a big-endian table count whose high byte is 0 in practice; that 0 keeps "OTTO ..." text out.
        if (data.Length >= 12 && data[4] == 0)
        {
            if (At(data, 0, [0, 1, 0, 0]))
            {
                return "font/ttf";
            }

            if (data.StartsWith("OTTO"u8))
            {
                return "font/otf";
            }
        }

        return null;
    }

    private static bool IsSfntFlavor(ReadOnlySpan<byte> flavor) =>
        At(flavor, 0, [0, 1, 0, 0]) || flavor.SequenceEqual("OTTO"u8) || flavor.SequenceEqual("true"u8);

    private static bool At(ReadOnlySpan<byte> data, int offset, ReadOnlySpan<byte> magic) =>
        MagicSignatures.At(data, offset, magic);
}
