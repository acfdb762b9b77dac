using ContractTesting.Generation.Sampling;

namespace ContractTesting.Tests.Generation.Sampling;

/// <summary>Rejections, limits and the shape of generated text.</summary>
public sealed partial class RegexSamplerTests
{
    [Theory]
    [InlineData(@"(?=a)a", "lookahead")]
    [InlineData(@"a(?!b)", "negative lookahead")]
    [InlineData(@"(?<=a)b", "lookbehind")]
    [InlineData(@"(?<!a)b", "negative lookbehind")]
    [InlineData(@"(?(a)a|b)", "conditional")]
    [InlineData(@"(?(1)a|b)()", "conditional")]
    [InlineData(@"(?<x>a)(?<-x>b)", "balancing group")]
    [InlineData(@"(?<x>a)(?<y-x>b)", "balancing group")]
    [InlineData(@"\p{Lo}", @"\p{Lo}")]
    [InlineData(@"[\p{IsGreek}]", @"\p{IsGreek}")]
    public void Generate_UnsupportedConstruct_ThrowsNotSupportedNamingConstructAndPattern(string pattern, string construct)
    {
        var exception = Assert.Throws<NotSupportedException>(() => RegexSampler.Generate(pattern, new Random(1)));

        Assert.Contains(construct, exception.Message, StringComparison.Ordinal);
        Assert.Contains($"'{pattern}'", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"(abc", 4)]
    [InlineData(@"abc)", 4)]
    [InlineData(@"[abc", 4)]
    [InlineData(@"a{2,1}", 6)]
    [InlineData(@"*a", 1)]
    [InlineData(@"a**", 3)]
    [InlineData(@"a++*", 4)]
    [InlineData(@"\", 1)]
    [InlineData(@"[z-a]", 4)]
    [InlineData(@"[a-\d]", 5)]
    [InlineData(@"\k<nope>", 8)]
    [InlineData(@"\2(a)", 2)]
    [InlineData(@"\q", 2)]
    [InlineData(@"\xZZ", 3)]
    [InlineData(@"\p{Foo}", 7)]
    [InlineData(@"(?<1a>x)", 4)]
    [InlineData(@"(?z)", 3)]
    public void Generate_InvalidPattern_ThrowsArgumentExceptionWithPatternAndPosition(string pattern, int position)
    {
        var exception = Assert.Throws<ArgumentException>(() => RegexSampler.Generate(pattern, new Random(1)));

        Assert.Contains($"'{pattern}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains($"position {position}", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"a*+*")]
    [InlineData(@"a+?+")]
    public void Generate_QuantifierAfterPossessive_ThrowsArgumentException(string pattern)
    {
        var exception = Assert.Throws<ArgumentException>(() => RegexSampler.Generate(pattern, new Random(1)));

        Assert.Contains("nested quantifier", exception.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(@"\1(a)")]
    [InlineData(@"(a\1)")]
    [InlineData(@"x[^\s\S]")]
    public void Generate_PatternNothingCanMatch_ThrowsNotSupportedException(string pattern)
    {
        var exception = Assert.Throws<NotSupportedException>(() => RegexSampler.Generate(pattern, new Random(1)));

        Assert.Contains($"'{pattern}'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_NullArguments_Throw()
    {
        var random = new Random(1);

        Assert.Throws<ArgumentNullException>(() => RegexSampler.Generate(null!, random));
        Assert.Throws<ArgumentNullException>(() => RegexSampler.Generate("a", null!));
    }

    [Theory]
    [InlineData("a*", 0, 8)]
    [InlineData("a+", 1, 9)]
    [InlineData("a{3,}", 3, 11)]
    [InlineData("a{2,4}", 2, 4)]
    public void Generate_Quantifier_StaysWithinBounds(string pattern, int min, int max)
    {
        var random = new Random(3);

        var lengths = Enumerable.Range(0, 400).Select(_ => RegexSampler.Generate(pattern, random).Length).ToList();

        Assert.Equal(min, lengths.Min());
        Assert.Equal(max, lengths.Max());
    }

    [Theory]
    [InlineData(".")]
    [InlineData("[^abc]")]
    [InlineData(@"\W")]
    [InlineData(@"\D")]
    [InlineData(@"\S")]
    [InlineData(@"\P{L}")]
    public void Generate_NegatedOrAnySet_DrawsPrintableAscii(string pattern)
    {
        var random = new Random(5);

        var characters = Enumerable.Range(0, 200).Select(_ => RegexSampler.Generate(pattern, random)).ToList();

        Assert.All(characters, text => Assert.InRange(Assert.Single(text), ' ', '~'));
    }

    [Fact]
    public void Generate_PossessiveInvalidLater_ReportsOriginalPosition()
    {
        const string Pattern = @"a++(b";

        var exception = Assert.Throws<ArgumentException>(() => RegexSampler.Generate(Pattern, new Random(1)));

        Assert.Contains("position 5", exception.Message, StringComparison.Ordinal);
    }
}
