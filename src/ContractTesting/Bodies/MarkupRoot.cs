using System.Buffers;

namespace ContractTesting.Bodies;

/// <summary>
/// Finds the name of the first element in markup, skipping the prolog (declarations,
/// processing instructions, comments and a DOCTYPE with an internal subset). Only the
/// prolog is read, never the document body, so this stays cheap on large inputs.
/// </summary>
internal static class MarkupRoot
{
    private static readonly SearchValues<byte> NameTerminators = SearchValues.Create(" \t\r\n\f/>"u8);

    /// <summary>The root element name, or empty when the prolog is malformed or there is no element.</summary>
    public static ReadOnlySpan<byte> FindRootName(ReadOnlySpan<byte> text)
    {
        var position = 0;
        while (true)
        {
            position = SkipWhitespace(text, position);
            var rest = text[position..];
            if (rest.Length < 2 || rest[0] != (byte)'<')
            {
                return [];
            }

            var skipped = rest.StartsWith("<?"u8) ? EndOf(rest, "?>"u8)
                : rest.StartsWith("<!--"u8) ? EndOf(rest, "-->"u8)
                : rest.StartsWith("<!"u8) ? EndOfDoctype(rest)
                : 0;
            if (skipped < 0)
            {
                return [];
            }

            if (skipped == 0)
            {
                return ElementName(rest[1..]);
            }

            position += skipped;
        }
    }

    private static ReadOnlySpan<byte> ElementName(ReadOnlySpan<byte> tag)
    {
        var end = tag.IndexOfAny(NameTerminators);
        return end < 0 ? tag : tag[..end];
    }

    /// <summary>Length up to and including <paramref name="terminator"/>, or -1 when absent.</summary>
    private static int EndOf(ReadOnlySpan<byte> rest, ReadOnlySpan<byte> terminator)
    {
        var index = rest.IndexOf(terminator);
        return index < 0 ? -1 : index + terminator.Length;
    }

    /// <summary>A DOCTYPE may hold an internal subset in brackets that itself contains '&gt;'.</summary>
    private static int EndOfDoctype(ReadOnlySpan<byte> rest)
    {
        var close = rest.IndexOfAny((byte)'>', (byte)'[');
        if (close < 0 || rest[close] == (byte)'>')
        {
            return close < 0 ? -1 : close + 1;
        }

        var subsetEnd = rest[close..].IndexOf((byte)']');
        if (subsetEnd < 0)
        {
            return -1;
        }

        subsetEnd += close;

        var end = rest[subsetEnd..].IndexOf((byte)'>');
        return end < 0 ? -1 : subsetEnd + end + 1;
    }

    private static int SkipWhitespace(ReadOnlySpan<byte> text, int position)
    {
        var offset = text[position..].IndexOfAnyExcept(" \t\r\n\f"u8);
        return offset < 0 ? text.Length : position + offset;
    }
}
