using System.Text.RegularExpressions;

namespace ContractTesting.Generation.Sampling;

/// <summary>
/// Recursive-descent parser from a .NET regular expression to a <see cref="RegexNode"/> tree.
/// Like .NET it reads the pattern twice: the first pass only numbers the groups, so that the
/// second can tell a backreference such as <c>\12</c> from an octal escape and resolve names.
/// </summary>
internal sealed partial class RegexParser
{
    private readonly PatternCursor _cursor;

    /// <summary>Null during the numbering pass, when references cannot be resolved yet.</summary>
    private readonly GroupCatalog? _catalog;

    private readonly List<int> _explicitNumbers = [];
    private readonly List<string> _names = [];
    private RegexOptions _options;
    private int _unnamedCount;

    private RegexParser(string pattern, GroupCatalog? catalog)
    {
        _cursor = new PatternCursor(pattern);
        _catalog = catalog;
    }

    private bool IgnoreCase => (_options & RegexOptions.IgnoreCase) != 0;

    private bool IgnoreWhitespace => (_options & RegexOptions.IgnorePatternWhitespace) != 0;

    private bool ExplicitCapture => (_options & RegexOptions.ExplicitCapture) != 0;

    /// <exception cref="ArgumentException">The pattern is malformed.</exception>
    /// <exception cref="NotSupportedException">The pattern uses a construct that cannot be generated.</exception>
    public static RegexNode Parse(string pattern)
    {
        var numbering = new RegexParser(pattern, catalog: null);
        numbering.ParseWhole();
        var catalog = new GroupCatalog(numbering._unnamedCount, numbering._explicitNumbers, numbering._names);
        return new RegexParser(pattern, catalog).ParseWhole();
    }

    private RegexNode ParseWhole()
    {
        var root = ParseAlternation();
        return _cursor.AtEnd ? root : throw _cursor.Invalid("too many )'s");
    }

    private RegexNode ParseAlternation()
    {
        var alternatives = new List<RegexNode> { ParseSequence() };
        while (_cursor.TryConsume('|'))
        {
            alternatives.Add(ParseSequence());
        }

        return alternatives.Count == 1 ? alternatives[0] : new AlternationNode(alternatives);
    }

    private RegexNode ParseSequence()
    {
        var items = new List<RegexNode>();
        while (true)
        {
            SkipBlank();
            if (_cursor.AtEnd || _cursor.Peek('|') || _cursor.Peek(')'))
            {
                break;
            }

            // Null means an inline option switch such as (?i): it changes parsing but matches nothing.
            if (ParseAtom() is { } atom)
            {
                items.Add(ParseQuantifier(atom));
            }
        }

        return items.Count switch
        {
            0 => EmptyNode.Instance,
            1 => items[0],
            _ => new SequenceNode(items),
        };
    }

    private RegexNode? ParseAtom()
    {
        var start = _cursor.Position;
        var ch = _cursor.Next();
        return ch switch
        {
            '(' => ParseGroup(start),
            '[' => new CharClassNode(CharClassParser.Parse(_cursor, IgnoreCase)),
            '\\' when _cursor.AtEnd => throw _cursor.Invalid("illegal \\ at end of pattern", start),
            '\\' => ParseEscape(start),
            '^' or '$' => EmptyNode.Instance,
            '.' => new CharClassNode(CharClass.AnyExceptNewline()),
            '*' or '+' or '?' => throw _cursor.Invalid($"quantifier '{ch}' following nothing", start),
            '{' when IsQuantifierAt(start) => throw _cursor.Invalid("quantifier '{' following nothing", start),
            _ => new LiteralNode(ch),
        };
    }

    private RegexNode ParseQuantifier(RegexNode atom)
    {
        SkipBlank();
        if (_cursor.AtEnd || !IsQuantifierAt(_cursor.Position))
        {
            return atom;
        }

        var start = _cursor.Position;
        int min;
        int? max;
        switch (_cursor.Next())
        {
            case '*':
                (min, max) = (0, null);
                break;
            case '+':
                (min, max) = (1, null);
                break;
            case '?':
                (min, max) = (0, 1);
                break;
            default:
                min = EscapeScanner.ScanDecimal(_cursor);
                max = !_cursor.TryConsume(',') ? min
                    : _cursor.Peek('}') ? null
                    : EscapeScanner.ScanDecimal(_cursor);
                _cursor.Position++;
                break;
        }

        // Lazy (?) and possessive (+) forms accept the same strings when generating forwards.
        SkipBlank();
        if (!_cursor.TryConsume('?'))
        {
            _cursor.TryConsume('+');
        }

        if (min > max)
        {
            throw _cursor.Invalid("illegal {x,y} with x > y", start);
        }

        SkipBlank();
        if (!_cursor.AtEnd && IsQuantifierAt(_cursor.Position))
        {
            throw _cursor.Invalid($"nested quantifier '{_cursor.Current}'");
        }

        return new RepeatNode(atom, min, max);
    }

    /// <summary>True for <c>* + ?</c> and for a <c>{</c> that opens <c>{n}</c>, <c>{n,}</c> or <c>{n,m}</c>; any other brace is literal.</summary>
    private bool IsQuantifierAt(int position)
    {
        var pattern = _cursor.Pattern;
        if (pattern[position] is '*' or '+' or '?')
        {
            return true;
        }

        if (pattern[position] != '{')
        {
            return false;
        }

        var index = position + 1;
        var digitsStart = index;
        while (index < pattern.Length && char.IsAsciiDigit(pattern[index]))
        {
            index++;
        }

        if (index == digitsStart)
        {
            return false;
        }

        if (index < pattern.Length && pattern[index] == ',')
        {
            index++;
            while (index < pattern.Length && char.IsAsciiDigit(pattern[index]))
            {
                index++;
            }
        }

        return index < pattern.Length && pattern[index] == '}';
    }

    /// <summary>Skips <c>(?#...)</c> comments, and whitespace and <c>#</c> line comments under <c>(?x)</c>.</summary>
    private void SkipBlank()
    {
        while (true)
        {
            if (IgnoreWhitespace)
            {
                while (!_cursor.AtEnd && _cursor.Current is ' ' or '\t' or '\n' or '\f' or '\r')
                {
                    _cursor.Position++;
                }
            }

            if (IgnoreWhitespace && _cursor.Peek('#'))
            {
                var newline = _cursor.Pattern.IndexOf('\n', _cursor.Position);
                _cursor.Position = newline < 0 ? _cursor.Pattern.Length : newline;
            }
            else if (_cursor.Remaining > 2 && _cursor.Peek('(') && _cursor.PeekAt(1, '?') && _cursor.PeekAt(2, '#'))
            {
                var close = _cursor.Pattern.IndexOf(')', _cursor.Position);
                if (close < 0)
                {
                    throw _cursor.Invalid("unterminated (?#...) comment");
                }

                _cursor.Position = close + 1;
            }
            else
            {
                return;
            }
        }
    }
}
