using System.Globalization;
using System.Text.RegularExpressions;
using ContractTesting.Generation.Sampling;

namespace ContractTesting.Tests.Generation.Sampling;

public sealed class ClassEscapeTests
{
    public static TheoryData<string> Tokens =>
    [
        @"\d", @"\D", @"\w", @"\W", @"\s", @"\S",
        @"\p{L}", @"\P{L}", @"\p{Lu}", @"\P{Lu}", @"\p{Ll}", @"\P{Ll}", @"\p{N}", @"\P{N}", @"\p{Nd}", @"\P{Nd}",
    ];

    public static TheoryData<string> KindNames => [.. Enum.GetNames<ClassEscapeKind>()];

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Contains_EveryCharacter_AgreesWithDotNet(string token)
    {
        var escape = Scan(token);
        var regex = new Regex(@"\A" + token + @"\z");

        var disagreements = Enumerable.Range(char.MinValue, char.MaxValue + 1)
            .Select(code => (char)code)
            .Where(value => escape.Contains(value, ignoreCase: false) != regex.IsMatch(value.ToString()))
            .Select(value => ((int)value).ToString("X4", CultureInfo.InvariantCulture))
            .Take(10)
            .ToList();

        Assert.Empty(disagreements);
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void Candidates_PositiveEscape_AreAllMembers(string kindName)
    {
        var escape = new ClassEscape(Enum.Parse<ClassEscapeKind>(kindName), Negated: false);

        var outsiders = escape.Candidates()
            .SelectMany(range => Enumerable.Range(range.First, range.Last - range.First + 1))
            .Where(code => !escape.Contains((char)code, ignoreCase: false))
            .ToList();

        Assert.Empty(outsiders);
    }

    private static ClassEscape Scan(string token)
    {
        var cursor = new PatternCursor(token) { Position = 1 };
        return EscapeScanner.TryScanClassEscape(cursor) ?? throw new InvalidOperationException(token);
    }
}
