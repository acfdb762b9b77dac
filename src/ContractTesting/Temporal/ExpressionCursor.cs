using System.Globalization;

namespace ContractTesting.Temporal;

/// <summary>Reads the tokens of one expression part and builds errors that point at the offending token.</summary>
internal sealed class ExpressionCursor(string expression, List<ExpressionToken> tokens, int endPosition)
{
    private int _index;

    internal bool AtEnd => _index >= tokens.Count;

    internal ExpressionToken? Peek() => AtEnd ? null : tokens[_index];

    internal ExpressionToken Take(string expected)
    {
        if (AtEnd)
        {
            throw Expected(expected);
        }

        return tokens[_index++];
    }

    internal void Skip() => _index++;

    internal bool TakeWordIf(string word)
    {
        if (Peek() is { } token && token.IsWord(word))
        {
            _index++;
            return true;
        }

        return false;
    }

    /// <summary>Reads <c>+</c> or <c>-</c> and returns the sign it stands for.</summary>
    internal int TakeSign()
    {
        var token = Take("+ or -");
        return token.IsOperator ? (token.Kind == ExpressionTokenKind.Plus ? 1 : -1) : throw ExpectedAt(token, "+ or -");
    }

    internal int TakeNumber(string expected)
    {
        var token = Take(expected);
        if (token.Kind != ExpressionTokenKind.Number)
        {
            throw ExpectedAt(token, expected);
        }

        return int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw DateExpression.Error(expression, $"the number '{token.Text}' is too large", token.Position);
    }

    /// <summary>An error for the current token, or for the end of the part when all tokens are used.</summary>
    internal FormatException Expected(string expected) =>
        Peek() is { } token
            ? ExpectedAt(token, expected)
            : DateExpression.Error(expression, $"expected {expected} but the expression ended", endPosition);

    internal FormatException ExpectedAt(ExpressionToken token, string expected) =>
        DateExpression.Error(expression, $"expected {expected} but found '{token.Text}'", token.Position);
}
