using System.Globalization;

namespace ContractTesting.Generation.Sampling;

/// <summary>
/// A predefined set such as <c>\d</c>, <c>\W</c> or <c>\p{Lu}</c>. Membership follows .NET's own
/// Unicode definitions so exclusions are exact, while generation prefers plain ASCII members.
/// </summary>
internal sealed record ClassEscape(ClassEscapeKind Kind, bool Negated)
{
    private static readonly CharRange[] DigitChars = [new('0', '9')];
    private static readonly CharRange[] WordChars = [new('0', '9'), new('A', 'Z'), CharRange.Single('_'), new('a', 'z')];

    // Only the whitespace people actually put in test data; \f and \v match too but make unreadable JSON.
    private static readonly CharRange[] SpaceChars = [new('\t', '\n'), CharRange.Single('\r'), CharRange.Single(' ')];
    private static readonly CharRange[] LetterChars = [new('A', 'Z'), new('a', 'z')];
    private static readonly CharRange[] UppercaseChars = [new('A', 'Z')];
    private static readonly CharRange[] LowercaseChars = [new('a', 'z')];
    private static readonly CharRange[] PrintableChars = [CharRange.PrintableAscii];

    public bool Contains(char value, bool ignoreCase)
    {
        var inSet = BaseContains(value)
            || (ignoreCase && (BaseContains(char.ToLowerInvariant(value)) || BaseContains(char.ToUpperInvariant(value))));
        return inSet != Negated;
    }

    /// <summary>Preferred characters to draw from; negated sets offer all printable ASCII and rely on filtering.</summary>
    public IReadOnlyList<CharRange> Candidates() => Negated ? PrintableChars : Kind switch
    {
        ClassEscapeKind.Digit or ClassEscapeKind.Number => DigitChars,
        ClassEscapeKind.Word => WordChars,
        ClassEscapeKind.Space => SpaceChars,
        ClassEscapeKind.Letter => LetterChars,
        ClassEscapeKind.UppercaseLetter => UppercaseChars,
        ClassEscapeKind.LowercaseLetter => LowercaseChars,
        _ => throw new InvalidOperationException($"Unknown class escape kind {Kind}."),
    };

    private bool BaseContains(char value)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(value);
        return Kind switch
        {
            ClassEscapeKind.Digit => category == UnicodeCategory.DecimalDigitNumber,
            ClassEscapeKind.Word => IsWordCategory(category),
            ClassEscapeKind.Space => char.IsWhiteSpace(value),
            ClassEscapeKind.Letter => IsLetterCategory(category),
            ClassEscapeKind.UppercaseLetter => category == UnicodeCategory.UppercaseLetter,
            ClassEscapeKind.LowercaseLetter => category == UnicodeCategory.LowercaseLetter,
            ClassEscapeKind.Number => category is UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber
                or UnicodeCategory.OtherNumber,
            _ => false,
        };
    }

    /// <summary>.NET's <c>\w</c>: letters, non-spacing marks, decimal digits and connector punctuation.</summary>
    public static bool IsWordCategory(UnicodeCategory category) =>
        IsLetterCategory(category)
        || category is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.ConnectorPunctuation;

    private static bool IsLetterCategory(UnicodeCategory category) => category is UnicodeCategory.UppercaseLetter
        or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter
        or UnicodeCategory.OtherLetter;
}
