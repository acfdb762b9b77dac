using System.Text.RegularExpressions;
using ContractTesting.Generation.Sampling;

namespace ContractTesting.Tests.Generation.Sampling;

/// <summary>
/// The sampler lets .NET judge syntax first, but possessive patterns bypass that check for the
/// parts .NET rejects, so the parser must refuse the same malformed input on its own.
/// </summary>
public sealed class RegexParserTests
{
    [Theory]
    [InlineData(@"(abc")]
    [InlineData(@"abc)")]
    [InlineData(@"(")]
    [InlineData(@"[abc")]
    [InlineData(@"[]")]
    [InlineData(@"a{2,1}")]
    [InlineData(@"*a")]
    [InlineData(@"?")]
    [InlineData(@"{1}")]
    [InlineData(@"a|*")]
    [InlineData(@"(?i)*")]
    [InlineData(@"a**")]
    [InlineData(@"a{2}{3}")]
    [InlineData(@"\")]
    [InlineData(@"[z-a]")]
    [InlineData(@"[a-\d]")]
    [InlineData(@"[a-z-[b]c]")]
    [InlineData(@"\k<nope>")]
    [InlineData(@"\k")]
    [InlineData(@"\k<1>")]
    [InlineData(@"\2(a)")]
    [InlineData(@"\8")]
    [InlineData(@"\q")]
    [InlineData(@"\xZZ")]
    [InlineData(@"\u12")]
    [InlineData(@"\c")]
    [InlineData(@"\c!")]
    [InlineData(@"\p{L")]
    [InlineData(@"\pL")]
    [InlineData(@"(?<1a>x)")]
    [InlineData(@"(?<0>x)")]
    [InlineData(@"(?<>x)")]
    [InlineData(@"(?'a>x)")]
    [InlineData(@"(?z)")]
    [InlineData(@"(?")]
    [InlineData(@"(?#abc")]
    [InlineData(@"a{99999999999}")]
    public void Parse_PatternDotNetRejects_ThrowsArgumentException(string pattern)
    {
        Assert.ThrowsAny<ArgumentException>(() => new Regex(pattern));

        var exception = Assert.Throws<ArgumentException>(() => RegexParser.Parse(pattern));

        Assert.Contains($"'{pattern}' at position ", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"a++")]
    [InlineData(@"[a-c]{2}+\d?+")]
    [InlineData(@"(?x) a *+ b")]
    public void Parse_PossessiveQuantifier_Accepted(string pattern)
    {
        var root = RegexParser.Parse(pattern);

        Assert.NotNull(root);
    }

    [Fact]
    public void Parse_NamedAndUnnamedGroups_NumbersLikeDotNet()
    {
        var root = RegexParser.Parse(@"(?<n>x)(y)\1");

        var sequence = Assert.IsType<SequenceNode>(root);
        var named = Assert.IsType<CaptureNode>(sequence.Items[0]);
        var unnamed = Assert.IsType<CaptureNode>(sequence.Items[1]);
        var reference = Assert.IsType<BackreferenceNode>(sequence.Items[2]);
        Assert.Equal(2, named.Group);
        Assert.Equal(1, unnamed.Group);
        Assert.Equal(1, reference.Group);
    }

    [Fact]
    public void Parse_MultiDigitEscapeWithoutGroup_ReadsOctal()
    {
        var root = RegexParser.Parse(@"(a)\12");

        var sequence = Assert.IsType<SequenceNode>(root);
        var literal = Assert.IsType<LiteralNode>(sequence.Items[1]);
        Assert.Equal('\n', literal.Value);
    }
}
