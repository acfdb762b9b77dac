using System.Text;

namespace ContractTesting.Bodies;

/// <summary>Reads the header block and body of one multipart body part.</summary>
internal static class MultipartPartReader
{
    private const int PreviewLength = 60;

    /// <summary>
    /// Parses <paramref name="content"/> (the bytes between two delimiter lines); <paramref name="offset"/>
    /// is its position in the whole body, for error messages. A part with no blank line is all headers.
    /// </summary>
    public static MultipartPart Read(ReadOnlySpan<byte> content, int offset)
    {
        var headers = new List<KeyValuePair<string, string>>();
        var position = 0;
        while (position < content.Length)
        {
            var newline = content[position..].IndexOf((byte)'\n');
            var lineEnd = newline < 0 ? content.Length : position + newline;
            var next = newline < 0 ? content.Length : lineEnd + 1;
            var line = content[position..lineEnd];
            if (!line.IsEmpty && line[^1] == (byte)'\r')
            {
                line = line[..^1];
            }

            if (line.IsEmpty)
            {
                return new MultipartPart(headers, content[next..].ToArray());
            }

            if (line[0] is (byte)' ' or (byte)'\t' && headers.Count > 0)
            {
                // Obsolete line folding (RFC 5322 section 3.2.2): the line continues the previous header.
                var previous = headers[^1];
                headers[^1] = new(previous.Key, previous.Value + " " + Encoding.UTF8.GetString(line).Trim());
            }
            else
            {
                headers.Add(ParseHeader(line, offset + position));
            }

            position = next;
        }

        return new MultipartPart(headers, []);
    }

    private static KeyValuePair<string, string> ParseHeader(ReadOnlySpan<byte> line, int offset)
    {
        var colon = line.IndexOf((byte)':');
        var name = colon < 0 ? string.Empty : Encoding.UTF8.GetString(line[..colon]).Trim();
        if (name.Length == 0)
        {
            var problem = colon < 0 ? "has no colon" : "has an empty name";
            throw MultipartParser.Malformed(offset, $"the part header line '{Preview(line)}' {problem}");
        }

        return new(name, Encoding.UTF8.GetString(line[(colon + 1)..]).Trim());
    }

    private static string Preview(ReadOnlySpan<byte> line)
    {
        var text = Encoding.UTF8.GetString(line);
        return text.Length <= PreviewLength ? text : string.Concat(text.AsSpan(0, PreviewLength), "...");
    }
}
