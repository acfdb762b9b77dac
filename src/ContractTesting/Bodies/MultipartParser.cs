using System.Globalization;
using System.Text;

namespace ContractTesting.Bodies;

/// <summary>
/// Splits a MIME multipart body (RFC 2046 section 5.1, RFC 7578) into parts. Works on bytes so
/// binary part bodies survive untouched. Lines end with CRLF, but bare LF is accepted too.
/// The preamble before the first delimiter and the epilogue after the closing one are ignored.
/// </summary>
internal static class MultipartParser
{
    /// <exception cref="FormatException">The header has no boundary, or the body is malformed; the message gives the byte offset.</exception>
    public static MultipartBody Parse(ReadOnlySpan<byte> body, string contentTypeHeader)
    {
        ArgumentNullException.ThrowIfNull(contentTypeHeader);

        var boundary = HeaderParameters.Find(contentTypeHeader, "boundary");
        if (string.IsNullOrEmpty(boundary))
        {
            throw Malformed(0, $"the Content-Type '{contentTypeHeader}' has no boundary parameter");
        }

        var delimiter = Encoding.UTF8.GetBytes("--" + boundary);
        var position = FindDelimiter(body, delimiter, 0);
        if (position < 0)
        {
            throw Malformed(0, $"the boundary delimiter '--{boundary}' was not found at the start of any line in the {body.Length} bytes");
        }

        var parts = new List<MultipartPart>();
        while (!body[(position + delimiter.Length)..].StartsWith("--"u8))
        {
            var partStart = AfterLineBreak(body, position + delimiter.Length);
            if (partStart < 0)
            {
                throw Malformed(position, $"the delimiter '--{boundary}' ends the body without a line break, so the closing delimiter '--{boundary}--' is missing");
            }

            var next = FindDelimiter(body, delimiter, partStart);
            if (next < 0)
            {
                throw Malformed(partStart, $"the part starting here is unterminated: no '--{boundary}' delimiter line follows it");
            }

            parts.Add(MultipartPartReader.Read(body[partStart..ContentEnd(body, partStart, next)], partStart));
            position = next;
        }

        return new MultipartBody(parts, boundary);
    }

    public static FormatException Malformed(int offset, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Malformed multipart body at byte offset {offset}: {problem}."));

    /// <summary>
    /// Index of the next delimiter that starts a line and is followed by "--", optional padding and a
    /// line break, or the end of the body; "--boundaryX" is body content, not a delimiter.
    /// </summary>
    private static int FindDelimiter(ReadOnlySpan<byte> body, ReadOnlySpan<byte> delimiter, int from)
    {
        var offset = from;
        while (offset < body.Length)
        {
            var found = body[offset..].IndexOf(delimiter);
            if (found < 0)
            {
                return -1;
            }

            var index = offset + found;
            var rest = body[(index + delimiter.Length)..];
            var padded = rest.TrimStart(" \t"u8);
            var startsLine = index == 0 || body[index - 1] == (byte)'\n';
            if (startsLine && (rest.StartsWith("--"u8) || padded.IsEmpty || padded[0] == (byte)'\n' || padded.StartsWith("\r\n"u8)))
            {
                return index;
            }

            offset = index + 1;
        }

        return -1;
    }

    /// <summary>Skips transport padding and one CRLF or LF; -1 when no line break follows.</summary>
    private static int AfterLineBreak(ReadOnlySpan<byte> body, int index)
    {
        var rest = body[index..];
        var padded = rest.TrimStart(" \t"u8);
        var lineStart = index + rest.Length - padded.Length;
        return padded.StartsWith("\r\n"u8) ? lineStart + 2
            : padded.StartsWith("\n"u8) ? lineStart + 1
            : -1;
    }

    /// <summary>The line break before a delimiter belongs to the delimiter, not to the part.</summary>
    private static int ContentEnd(ReadOnlySpan<byte> body, int partStart, int delimiterIndex)
    {
        var end = delimiterIndex;
        if (end > partStart && body[end - 1] == (byte)'\n')
        {
            end--;
            if (end > partStart && body[end - 1] == (byte)'\r')
            {
                end--;
            }
        }

        return end;
    }
}
