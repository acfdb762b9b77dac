using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ContractTesting.Rules;

public sealed partial class DocPath
{
    /// <summary>
    /// Parses a path expression such as <c>$.items[*].name</c> or <c>$['a key'][0]</c>. A bare name (<c>Accept</c>)
    /// reads as <c>$.Accept</c>; an empty string is the empty path.
    /// </summary>
    /// <exception cref="FormatException">The expression is malformed; the message says where.</exception>
    public static DocPath Parse(string expression) =>
        TryParse(expression, out var path, out var error) ? path : throw new FormatException(error);

    /// <summary>Tries to parse a path expression; <paramref name="error"/> says what is wrong when it fails.</summary>
    public static bool TryParse(string expression, [NotNullWhen(true)] out DocPath? path, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(expression);
        path = null;
        error = null;
        if (expression.Length == 0)
        {
            path = Empty;
            return true;
        }

        var tokens = new List<PathToken> { PathToken.Root };
        var at = 0;
        if (expression[0] == '$')
        {
            at = 1;
        }
        else if (!char.IsLetterOrDigit(expression[0]) && expression[0] != '_')
        {
            error = Problem(expression, 0, "does not start with the root marker \"$\"");
            return false;
        }
        else if (!ReadIdentifier(expression, ref at, tokens, out error))
        {
            error ??= Problem(expression, 0, "invalid name");
            return false;
        }

        while (at < expression.Length)
        {
            var c = expression[at];
            var ok = c switch
            {
                '.' => ReadDotted(expression, ref at, tokens, out error),
                '[' => ReadBracketed(expression, ref at, tokens, out error),
                _ => Fail(Problem(expression, at, $"expected \".\" or \"[\" but found \"{c}\""), out error),
            };
            if (!ok)
            {
                error ??= Problem(expression, at, "invalid step");
                return false;
            }
        }

        path = new DocPath([.. tokens], expression);
        return true;
    }

    private static bool ReadDotted(string text, ref int at, List<PathToken> tokens, out string? error)
    {
        at++;
        if (at >= text.Length)
        {
            return Fail(Problem(text, at - 1, "expected a name or \"*\" after \".\""), out error);
        }

        if (text[at] == '*')
        {
            at++;
            tokens.Add(PathToken.Star);
            error = null;
            return true;
        }

        return ReadIdentifier(text, ref at, tokens, out error);
    }

    private static bool ReadIdentifier(string text, ref int at, List<PathToken> tokens, out string? error)
    {
        var start = at;
        while (at < text.Length && IsIdentifierChar(text[at]))
        {
            at++;
        }

        if (at == start)
        {
            return Fail(Problem(text, at, $"\"{text[at]}\" is not allowed in a name"), out error);
        }

        if (at < text.Length && text[at] is not ('.' or '['))
        {
            return Fail(Problem(text, at, $"\"{text[at]}\" is not allowed in a name"), out error);
        }

        tokens.Add(PathToken.Field(text[start..at]));
        error = null;
        return true;
    }

    private static bool ReadBracketed(string text, ref int at, List<PathToken> tokens, out string? error)
    {
        var open = at;
        at++;
        if (at >= text.Length)
        {
            return Fail(Problem(text, open, "unterminated \"[\""), out error);
        }

        if (text[at] == '\'' || text[at] == '"')
        {
            if (!ReadQuoted(text, ref at, tokens, out error))
            {
                return false;
            }
        }
        else if (text[at] == '*')
        {
            at++;
            tokens.Add(PathToken.StarIndex);
        }
        else if (char.IsAsciiDigit(text[at]))
        {
            var start = at;
            while (at < text.Length && char.IsAsciiDigit(text[at]))
            {
                at++;
            }

            if (!int.TryParse(text.AsSpan(start, at - start), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return Fail(Problem(text, start, "the index is too large"), out error);
            }

            tokens.Add(PathToken.At(index));
        }
        else
        {
            return Fail(Problem(text, at, $"an index must be a number, \"*\" or a quoted name, not \"{text[at]}\""), out error);
        }

        if (at >= text.Length || text[at] != ']')
        {
            return Fail(Problem(text, open, "unterminated \"[\": expected \"]\""), out error);
        }

        at++;
        error = null;
        return true;
    }

    private static bool ReadQuoted(string text, ref int at, List<PathToken> tokens, out string? error)
    {
        var quote = text[at];
        var start = at;
        at++;
        var name = new System.Text.StringBuilder();
        while (at < text.Length && text[at] != quote)
        {
            if (text[at] == '\\' && at + 1 < text.Length)
            {
                at++;
            }

            name.Append(text[at]);
            at++;
        }

        if (at >= text.Length)
        {
            return Fail(Problem(text, start, "unterminated quoted name"), out error);
        }

        if (name.Length == 0)
        {
            return Fail(Problem(text, start, "a quoted name may not be empty"), out error);
        }

        at++;
        tokens.Add(PathToken.Field(name.ToString()));
        error = null;
        return true;
    }

    /// <summary>Whether a name reads back as one field after a dot (<c>$.headers.X-Tenant</c>), as the flat V2 keys write it.</summary>
    internal static bool IsDottedName(string name) => name.Length > 0 && !name.All(char.IsAsciiDigit) && name.All(IsIdentifierChar);

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '-' or ':' or '#' or '@';

    private static string Problem(string text, int at, string what) =>
        $"Path expression \"{text}\" is not valid at index {at}: {what}.";

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
