namespace ContractTesting.Generation.Sampling;

/// <summary>The predefined sets a pattern can name: <c>\d \w \s</c> and the supported <c>\p{..}</c> categories.</summary>
internal enum ClassEscapeKind
{
    Digit,
    Word,
    Space,
    Letter,
    UppercaseLetter,
    LowercaseLetter,
    Number,
}
