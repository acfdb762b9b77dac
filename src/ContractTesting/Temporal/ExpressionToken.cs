namespace ContractTesting.Temporal;

/// <summary>A token of a date/time expression; <paramref name="Position"/> is its zero-based index in the whole expression.</summary>
internal readonly record struct ExpressionToken(ExpressionTokenKind Kind, string Text, int Position)
{
    internal bool IsOperator => Kind is ExpressionTokenKind.Plus or ExpressionTokenKind.Minus;

    internal bool IsWord(string word) =>
        Kind == ExpressionTokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);
}
