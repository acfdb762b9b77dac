namespace ContractTesting.Temporal;

internal enum ExpressionTokenKind
{
    Word,
    Number,
    Plus,
    Minus,
}
