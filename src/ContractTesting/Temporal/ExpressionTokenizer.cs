namespace ContractTesting.Temporal;

/// <summary>Splits one part of a date/time expression into words, numbers and +/- operators.</summary>
internal static class ExpressionTokenizer
{
    internal static List<ExpressionToken> Tokenize(string expression, int start, int end)
    {
        var tokens = new List<ExpressionToken>();
        var index = start;
        while (index < end)
        {
            var character = expression[index];
            if (char.IsWhiteSpace(character))
            {
                index++;
            }
            else if (character is '+' or '-')
            {
                var kind = character == '+' ? ExpressionTokenKind.Plus : ExpressionTokenKind.Minus;
                tokens.Add(new ExpressionToken(kind, character.ToString(), index));
                index++;
            }
            else if (char.IsAsciiDigit(character))
            {
                index = AddRun(expression, index, end, ExpressionTokenKind.Number, char.IsAsciiDigit, tokens);
            }
            else if (IsWordCharacter(character))
            {
                index = AddRun(expression, index, end, ExpressionTokenKind.Word, IsWordCharacter, tokens);
            }
            else
            {
                var problem = character == '@'
                    ? "unexpected '@' (only a datetime expression has separate date and time parts)"
                    : $"unexpected character '{character}'";
                throw DateExpression.Error(expression, problem, index);
            }
        }

        return tokens;
    }

    // Apostrophes belong to words so that "o'clock" is a single token; the typographic one comes from pasted text.
    private static bool IsWordCharacter(char character) => char.IsAsciiLetter(character) || character is '\'' or '\u2019';

    private static int AddRun(
        string expression,
        int start,
        int end,
        ExpressionTokenKind kind,
        Func<char, bool> belongs,
        List<ExpressionToken> tokens)
    {
        var index = start;
        while (index < end && belongs(expression[index]))
        {
            index++;
        }

        tokens.Add(new ExpressionToken(kind, expression[start..index], start));
        return index;
    }
}
