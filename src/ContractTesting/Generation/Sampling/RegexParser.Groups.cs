using System.Globalization;
using System.Text.RegularExpressions;

namespace ContractTesting.Generation.Sampling;

/// <summary>Groups, inline options, escapes and backreferences.</summary>
internal sealed partial class RegexParser
{
    /// <summary>Parses after an opening parenthesis; returns null for an option switch such as <c>(?i)</c>.</summary>
    private RegexNode? ParseGroup(int start)
    {
        var outerOptions = _options;

        // "(?)" is a capturing group whose body starts with a dangling '?', as in .NET.
        if (!_cursor.Peek('?') || _cursor.PeekAt(1, ')'))
        {
            if (ExplicitCapture)
            {
                return ParseGroupBody(start, outerOptions);
            }

            var number = ++_unnamedCount;
            return new CaptureNode(number, ParseGroupBody(start, outerOptions));
        }

        _cursor.Position++;
        if (_cursor.AtEnd)
        {
            throw _cursor.Invalid("unrecognized grouping construct", start);
        }

        var kind = _cursor.Next();
        switch (kind)
        {
            case ':':
            // Atomic groups only restrict backtracking; text generated forwards is unaffected.
            case '>':
                return ParseGroupBody(start, outerOptions);
            case '=':
                throw _cursor.Unsupported("the lookahead assertion (?=...)", start);
            case '!':
                throw _cursor.Unsupported("the negative lookahead assertion (?!...)", start);
            case '(':
                throw _cursor.Unsupported("the conditional (?(...)...)", start);
            case '<' when _cursor.Peek('='):
                throw _cursor.Unsupported("the lookbehind assertion (?<=...)", start);
            case '<' when _cursor.Peek('!'):
                throw _cursor.Unsupported("the negative lookbehind assertion (?<!...)", start);
            case '<':
                return ParseNamedGroup(start, '>', outerOptions);
            case '\'':
                return ParseNamedGroup(start, '\'', outerOptions);
            default:
                _cursor.Position--;
                ScanOptions();
                if (_cursor.TryConsume(')'))
                {
                    // (?i) keeps its effect until the enclosing group closes, so nothing is restored here.
                    return null;
                }

                return _cursor.TryConsume(':')
                    ? ParseGroupBody(start, outerOptions)
                    : throw _cursor.Invalid("unrecognized grouping construct", start);
        }
    }

    private RegexNode ParseGroupBody(int start, RegexOptions outerOptions)
    {
        var body = ParseAlternation();
        if (!_cursor.TryConsume(')'))
        {
            throw _cursor.Invalid("not enough )'s", start);
        }

        _options = outerOptions;
        return body;
    }

    private CaptureNode ParseNamedGroup(int start, char close, RegexOptions outerOptions)
    {
        if (_cursor.AtEnd)
        {
            throw _cursor.Invalid("unrecognized grouping construct", start);
        }

        int number;
        if (char.IsAsciiDigit(_cursor.Current))
        {
            number = EscapeScanner.ScanDecimal(_cursor);
            if (number == 0)
            {
                throw _cursor.Invalid("capture group numbers must be greater than zero", start);
            }

            _explicitNumbers.Add(number);
        }
        else if (_cursor.Current == '-')
        {
            throw _cursor.Unsupported("the balancing group (?<-name>...)", start);
        }
        else if (EscapeScanner.IsWordChar(_cursor.Current))
        {
            var name = ScanName();
            _names.Add(name);
            number = _catalog is null ? 0 : ResolveName(name, start);
        }
        else
        {
            throw _cursor.Invalid("invalid group name", start);
        }

        if (_cursor.Peek('-'))
        {
            throw _cursor.Unsupported("the balancing group (?<name1-name2>...)", start);
        }

        return _cursor.TryConsume(close)
            ? new CaptureNode(number, ParseGroupBody(start, outerOptions))
            : throw _cursor.Invalid("invalid group name", start);
    }

    /// <summary>Applies the letters of <c>(?imnsx-imnsx)</c>, stopping at the first other character.</summary>
    private void ScanOptions()
    {
        var enable = true;
        for (; !_cursor.AtEnd; _cursor.Position++)
        {
            var option = char.ToLowerInvariant(_cursor.Current) switch
            {
                'i' => RegexOptions.IgnoreCase,
                'm' => RegexOptions.Multiline,
                'n' => RegexOptions.ExplicitCapture,
                's' => RegexOptions.Singleline,
                'x' => RegexOptions.IgnorePatternWhitespace,
                _ => RegexOptions.None,
            };

            if (_cursor.Current is '-' or '+')
            {
                enable = _cursor.Current == '+';
            }
            else if (option == RegexOptions.None)
            {
                return;
            }
            else
            {
                _options = enable ? _options | option : _options & ~option;
            }
        }
    }

    /// <summary>Parses after a backslash outside brackets.</summary>
    private RegexNode ParseEscape(int start)
    {
        switch (_cursor.Current)
        {
            // Anchors and word boundaries match a position, not text.
            case 'b' or 'B' or 'A' or 'G' or 'Z' or 'z':
                _cursor.Position++;
                return EmptyNode.Instance;
            case 'k':
                _cursor.Position++;
                return TryParseAngledReference(start)
                    ?? throw _cursor.Invalid("malformed \\k<...> named back reference", start);
            case '<' or '\'':
                return (RegexNode?)TryParseAngledReference(start) ?? new LiteralNode(EscapeScanner.ScanCharEscape(_cursor));
            case >= '1' and <= '9':
                return ParseNumberedReference(start);
        }

        if (EscapeScanner.TryScanClassEscape(_cursor) is { } escape)
        {
            return new CharClassNode(new CharClass([], [escape], negated: false, subtraction: null, IgnoreCase));
        }

        return new LiteralNode(EscapeScanner.ScanCharEscape(_cursor));
    }

    /// <summary>Reads <c>&lt;name&gt;</c>, <c>'name'</c>, <c>&lt;1&gt;</c>; null (consuming nothing) if it is not one.</summary>
    private BackreferenceNode? TryParseAngledReference(int start)
    {
        var restart = _cursor.Position;
        if (_cursor.Remaining < 2 || _cursor.Current is not ('<' or '\''))
        {
            return null;
        }

        var close = _cursor.Next() == '<' ? '>' : '\'';
        int? number = null;
        if (char.IsAsciiDigit(_cursor.Current))
        {
            var value = EscapeScanner.ScanDecimal(_cursor);
            if (_cursor.TryConsume(close))
            {
                number = _catalog is null || _catalog.HasNumber(value)
                    ? value
                    : throw _cursor.Invalid(Format($"reference to undefined group number {value}"), start);
            }
        }
        else if (EscapeScanner.IsWordChar(_cursor.Current))
        {
            var name = ScanName();
            if (_cursor.TryConsume(close))
            {
                number = _catalog is null ? 0 : ResolveName(name, start);
            }
        }

        if (number is { } resolved)
        {
            return new BackreferenceNode(resolved);
        }

        _cursor.Position = restart;
        return null;
    }

    /// <summary>
    /// <c>\1</c>..<c>\9</c> must name a group; longer numbers are backreferences only when such a
    /// group exists and are otherwise read as an octal escape, as .NET does.
    /// </summary>
    private RegexNode ParseNumberedReference(int start)
    {
        var digitsStart = _cursor.Position;
        var number = EscapeScanner.ScanDecimal(_cursor);
        if (_catalog is null || _catalog.HasNumber(number))
        {
            return new BackreferenceNode(number);
        }

        if (number <= 9)
        {
            throw _cursor.Invalid(Format($"reference to undefined group number {number}"), start);
        }

        _cursor.Position = digitsStart;
        return new LiteralNode(EscapeScanner.ScanCharEscape(_cursor));
    }

    private int ResolveName(string name, int start) =>
        _catalog!.TryGetNumber(name, out var number)
            ? number
            : throw _cursor.Invalid($"reference to undefined group name '{name}'", start);

    private string ScanName()
    {
        var start = _cursor.Position;
        while (!_cursor.AtEnd && EscapeScanner.IsWordChar(_cursor.Current))
        {
            _cursor.Position++;
        }

        return _cursor.Pattern[start.._cursor.Position];
    }

    private static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
