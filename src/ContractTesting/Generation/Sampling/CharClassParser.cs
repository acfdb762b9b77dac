namespace ContractTesting.Generation.Sampling;

/// <summary>
/// Parses the inside of <c>[...]</c> the way .NET does, including its quirks: a leading <c>]</c> is
/// literal, <c>-</c> is literal at either end, and <c>[a-z-[aeiou]]</c> subtracts one class from another.
/// </summary>
internal static class CharClassParser
{
    /// <summary>Parses a class; the cursor stands just after the opening bracket.</summary>
    public static CharClass Parse(PatternCursor cursor, bool ignoreCase)
    {
        var start = cursor.Position - 1;
        var ranges = new List<CharRange>();
        var escapes = new List<ClassEscape>();
        CharClass? subtraction = null;
        var negated = cursor.TryConsume('^');
        var inRange = false;
        var rangeStart = '\0';
        var closed = false;

        for (var first = true; !cursor.AtEnd; first = false)
        {
            var itemStart = cursor.Position;
            var ch = cursor.Next();
            var escaped = false;

            if (ch == ']' && !first)
            {
                closed = true;
                break;
            }

            if (ch == '\\' && !cursor.AtEnd)
            {
                if (EscapeScanner.TryScanClassEscape(cursor) is { } escape)
                {
                    if (inRange)
                    {
                        throw cursor.Invalid($"cannot include class \\{cursor.Pattern[itemStart + 1]} in character range", itemStart);
                    }

                    escapes.Add(escape);
                    continue;
                }

                // An escaped hyphen ends a pending range but never starts one.
                if (cursor.TryConsume('-'))
                {
                    ranges.Add(inRange ? MakeRange(cursor, rangeStart, '-', itemStart) : CharRange.Single('-'));
                    inRange = false;
                    continue;
                }

                ch = EscapeScanner.ScanCharEscape(cursor);
                escaped = true;
            }

            if (inRange)
            {
                inRange = false;
                if (ch == '[' && !escaped)
                {
                    // "a-[" is not a range: it is 'a' followed by a subtraction.
                    ranges.Add(CharRange.Single(rangeStart));
                    subtraction = ParseSubtraction(cursor, ignoreCase);
                }
                else
                {
                    ranges.Add(MakeRange(cursor, rangeStart, ch, itemStart));
                }
            }
            else if (cursor.Remaining >= 2 && cursor.Peek('-') && !cursor.PeekAt(1, ']'))
            {
                rangeStart = ch;
                inRange = true;
                cursor.Position++;
            }
            else if (ch == '-' && !escaped && !first && cursor.Peek('['))
            {
                cursor.Position++;
                subtraction = ParseSubtraction(cursor, ignoreCase);
            }
            else
            {
                ranges.Add(CharRange.Single(ch));
            }
        }

        if (!closed)
        {
            throw cursor.Invalid("unterminated [] set", start);
        }

        return new CharClass(ranges, escapes, negated, subtraction, ignoreCase);
    }

    private static CharClass ParseSubtraction(PatternCursor cursor, bool ignoreCase)
    {
        var subtraction = Parse(cursor, ignoreCase);
        if (!cursor.AtEnd && !cursor.Peek(']'))
        {
            throw cursor.Invalid("a subtraction must be the last element in a character class");
        }

        return subtraction;
    }

    private static CharRange MakeRange(PatternCursor cursor, char first, char last, int position) =>
        first <= last ? new CharRange(first, last) : throw cursor.Invalid("[x-y] range in reverse order", position);
}
