using System.Text;

namespace ContractTesting.Bodies;

/// <summary>
/// Reads <c>; name=value</c> parameters of a structured header such as Content-Type or
/// Content-Disposition. Values may be tokens or quoted strings.
/// </summary>
internal static class HeaderParameters
{
    /// <summary>
    /// The value of <paramref name="name"/>, preferring the RFC 8187 extended form <c>name*</c>
    /// when it is present and decodes (RFC 6266 section 4.3); null when neither is present.
    /// </summary>
    public static string? Find(string headerValue, string name)
    {
        string? plain = null;
        string? extended = null;
        foreach (var (key, value) in Parse(headerValue))
        {
            if (plain is null && string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                plain = value;
            }
            else if (extended is null && key.Length == name.Length + 1 && key[^1] == '*'
                && key.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                extended = ExtendedParameterValue.Decode(value);
            }
        }

        return extended ?? plain;
    }

    /// <summary>All parameters after the leading value, in order; quoted values are unquoted.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string headerValue)
    {
        var parameters = new List<KeyValuePair<string, string>>();

        // The leading value (a media type or disposition type) is a token and cannot contain ';'.
        var position = headerValue.IndexOf(';', StringComparison.Ordinal);
        while (position >= 0 && position < headerValue.Length)
        {
            var nameEnd = headerValue.IndexOfAny(['=', ';'], position + 1);
            if (nameEnd < 0)
            {
                nameEnd = headerValue.Length;
            }

            var name = headerValue[(position + 1)..nameEnd].Trim();
            var value = string.Empty;
            position = nameEnd;
            if (nameEnd < headerValue.Length && headerValue[nameEnd] == '=')
            {
                (value, position) = ReadValue(headerValue, nameEnd + 1);
            }

            if (name.Length > 0)
            {
                parameters.Add(new(name, value));
            }
        }

        return parameters;
    }

    /// <summary>Reads a token or quoted string; returns it and the index of the next ';' (or the end).</summary>
    private static (string Value, int Next) ReadValue(string header, int start)
    {
        var position = start;
        while (position < header.Length && header[position] is ' ' or '\t')
        {
            position++;
        }

        if (position >= header.Length || header[position] != '"')
        {
            var end = NextSemicolon(header, position);
            return (header[position..end].Trim(), end);
        }

        var value = new StringBuilder();
        position++;
        while (position < header.Length && header[position] != '"')
        {
            // Only \" and \\ are unescaped: browsers send Windows paths with bare backslashes
            // (RFC 7578 section 4.2), and dropping those backslashes would corrupt the name.
            if (header[position] == '\\' && position + 1 < header.Length && header[position + 1] is '"' or '\\')
            {
                position++;
            }

            value.Append(header[position]);
            position++;
        }

        return (value.ToString(), NextSemicolon(header, position));
    }

    private static int NextSemicolon(string header, int position)
    {
        var next = position >= header.Length ? -1 : header.IndexOf(';', position);
        return next < 0 ? header.Length : next;
    }
}
