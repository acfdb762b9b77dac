using System.Globalization;

namespace ContractTesting.Generation.Sampling;

/// <summary>
/// Reads the escapes that stand for one character or one predefined set. Used both inside and
/// outside brackets; the caller has already consumed the backslash.
/// </summary>
internal static class EscapeScanner
{
    private const int MaxOctalDigits = 3;

    /// <summary>Reads <c>\d \D \w \W \s \S \p{..} \P{..}</c>; returns null (consuming nothing) for anything else.</summary>
    public static ClassEscape? TryScanClassEscape(PatternCursor cursor)
    {
        var start = cursor.Position - 1;
        var letter = cursor.Current;
        ClassEscapeKind? kind = letter switch
        {
            'd' or 'D' => ClassEscapeKind.Digit,
            'w' or 'W' => ClassEscapeKind.Word,
            's' or 'S' => ClassEscapeKind.Space,
            _ => null,
        };

        if (kind is null && letter is not ('p' or 'P'))
        {
            return null;
        }

        cursor.Position++;
        return new ClassEscape(kind ?? ScanProperty(cursor, start), char.IsAsciiLetterUpper(letter));
    }

    /// <summary>Reads an escape that denotes one character: octal, <c>\x</c>, <c>\u</c>, <c>\c</c>, control letters or a literal.</summary>
    public static char ScanCharEscape(PatternCursor cursor)
    {
        var start = cursor.Position - 1;
        var ch = cursor.Next();
        if (ch is >= '0' and <= '7')
        {
            cursor.Position--;
            return ScanOctal(cursor);
        }

        return ch switch
        {
            'x' => ScanHex(cursor, 2),
            'u' => ScanHex(cursor, 4),
            'a' => '\a',
            'b' => '\b',
            'e' => '\u001B',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\v',
            'c' => ScanControl(cursor),

            // Escaping a word character that has no meaning is an error in .NET, so it is here too.
            _ when IsWordChar(ch) => throw cursor.Invalid($"unrecognized escape sequence \\{ch}", start),
            _ => ch,
        };
    }

    /// <summary>Reads decimal digits, rejecting values that do not fit an int as .NET does.</summary>
    public static int ScanDecimal(PatternCursor cursor)
    {
        var start = cursor.Position;
        var value = 0;
        while (!cursor.AtEnd && char.IsAsciiDigit(cursor.Current))
        {
            var digit = cursor.Next() - '0';
            if (value > (int.MaxValue - digit) / 10)
            {
                throw cursor.Invalid("quantifier or group number is too large", start);
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    /// <summary>.NET's notion of a word character for group names and escapes: <c>\w</c> plus the zero-width joiners.</summary>
    public static bool IsWordChar(char value) =>
        ClassEscape.IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(value)) || value is '\u200C' or '\u200D';

    private static char ScanOctal(PatternCursor cursor)
    {
        var value = 0;
        for (var digits = 0; digits < MaxOctalDigits && !cursor.AtEnd && cursor.Current is >= '0' and <= '7'; digits++)
        {
            value = (value * 8) + (cursor.Next() - '0');
        }

        // Like Perl and .NET, codes above \377 keep only their low eight bits.
        return (char)(value & 0xFF);
    }

    private static char ScanHex(PatternCursor cursor, int digits)
    {
        var start = cursor.Position;
        if (cursor.Remaining < digits)
        {
            throw cursor.Invalid("insufficient hexadecimal digits", start);
        }

        var text = cursor.Pattern.AsSpan(start, digits);
        if (!int.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw cursor.Invalid("invalid hexadecimal digits", start);
        }

        cursor.Position += digits;
        return (char)value;
    }

    private static char ScanControl(PatternCursor cursor)
    {
        if (cursor.AtEnd)
        {
            throw cursor.Invalid("missing control character");
        }

        // Only ASCII letters are case-folded here (\ca means \cA); anything else keeps its code.
        var letter = cursor.Next();
        if (char.IsAsciiLetterLower(letter))
        {
            letter = (char)(letter - ('a' - 'A'));
        }

        var code = letter - '@';
        if (code is < 0 or >= ' ')
        {
            throw cursor.Invalid("unrecognized control character", cursor.Position - 1);
        }

        return (char)code;
    }

    private static ClassEscapeKind ScanProperty(PatternCursor cursor, int start)
    {
        if (!cursor.TryConsume('{'))
        {
            throw cursor.Invalid("malformed \\p{X} character escape", start);
        }

        var close = cursor.Pattern.IndexOf('}', cursor.Position);
        if (close < 0)
        {
            throw cursor.Invalid("incomplete \\p{X} character escape", start);
        }

        var name = cursor.Pattern[cursor.Position..close];
        cursor.Position = close + 1;

        // Only categories with ASCII members are offered; others would need non-ASCII sampling tables.
        return name switch
        {
            "L" => ClassEscapeKind.Letter,
            "Lu" => ClassEscapeKind.UppercaseLetter,
            "Ll" => ClassEscapeKind.LowercaseLetter,
            "N" => ClassEscapeKind.Number,
            "Nd" => ClassEscapeKind.Digit,
            _ => throw cursor.Unsupported($"the Unicode property \\p{{{name}}}", start),
        };
    }
}
