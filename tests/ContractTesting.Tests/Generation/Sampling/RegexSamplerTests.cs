using System.Text.RegularExpressions;
using ContractTesting.Generation.Sampling;

namespace ContractTesting.Tests.Generation.Sampling;

public sealed partial class RegexSamplerTests
{
    private const int SamplesPerPattern = 50;

    [Theory]
    // The examples from Pact specifications and everyday contracts.
    [InlineData(@"\d{1,8}")]
    [InlineData(@"[a-z]+")]
    [InlineData(@"[A-Z]{3}-\d{4}")]
    [InlineData(@"(red|blue|green)")]
    [InlineData(@"^\w+@\w+\.com$")]
    [InlineData(@"[^abc]{5}")]
    [InlineData(@"\d{4}-\d{2}-\d{2}")]
    [InlineData(@"(?:ab)+c?")]
    [InlineData(@"([a-f0-9]{8})-\1")]
    [InlineData(@"[\w.-]+")]
    [InlineData(@"[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}")]
    [InlineData(@".{3}")]
    [InlineData(@"\d+(\.\d{1,2})?")]
    [InlineData(@"[+-]?\d+")]
    [InlineData(@"https?://[a-z]+\.[a-z]{2,3}(/[a-z]*)*")]
    [InlineData(@"[A-Z][a-z]*( [A-Z][a-z]*)*")]
    [InlineData(@"\$\d+\.\d{2}")]
    [InlineData(@"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")]
    // Empty pieces.
    [InlineData(@"a|")]
    [InlineData(@"()")]
    [InlineData(@"(|a)b")]
    [InlineData(@"")]
    // Quantifiers, lazy forms and braces that are not quantifiers.
    [InlineData(@"a*")]
    [InlineData(@"a+?")]
    [InlineData(@"a??b")]
    [InlineData(@"x{2,}")]
    [InlineData(@"x{0,3}y{3}")]
    [InlineData(@"(?:a|b)*?c")]
    [InlineData(@"a{2,3}?b{2}?")]
    [InlineData(@"a{,3}")]
    [InlineData(@"{abc}")]
    [InlineData(@"a{1")]
    [InlineData(@"a(?#comment)*b")]
    // Predefined classes and Unicode categories.
    [InlineData(@"\w{3}\W\d\D\s\S")]
    [InlineData(@"\s+")]
    [InlineData(@"[\s\S]{5}")]
    [InlineData(@"[^\d\s]{4}")]
    [InlineData(@"\p{L}")]
    [InlineData(@"\p{Lu}\p{Ll}+")]
    [InlineData(@"\p{N}{3}\p{Nd}")]
    [InlineData(@"\P{L}{4}\P{N}")]
    [InlineData(@"[\p{Lu}\d]{4}")]
    [InlineData(@"[^\p{L}\p{N}]{3}")]
    // Escapes.
    [InlineData(@"\t\n\r\f\v\e\a")]
    [InlineData(@"\x41\u00e9\x7e")]
    [InlineData(@"\0\012\101")]
    [InlineData(@"\cA\cz")]
    [InlineData(@"\.\*\+\?\(\)\[\]\{\}\|\^\$\\\/\#\ ")]
    [InlineData(@"[\b]")]
    // Character classes, including .NET's quirks and subtraction.
    [InlineData(@"[.*+?()]+")]
    [InlineData(@"[]a]+")]
    [InlineData(@"[^]a]+")]
    [InlineData(@"[a-]+[-a]+")]
    [InlineData(@"[\--/]+")]
    [InlineData(@"[a-z-[aeiou]]{6}")]
    [InlineData(@"[\w-[\d_]]+")]
    [InlineData(@"[^a-z-[xyz]]{3}")]
    [InlineData(@"[\d-[5]]{4}")]
    [InlineData(@"[\u0100-\u017F]{3}")]
    [InlineData(@"[\x00-\x1F]")]
    [InlineData(@"[^\x20-\x7E]{3}")]
    [InlineData(@"[\d-[0-9]]")]
    // Groups and backreferences.
    [InlineData(@"(?<year>\d{4})-(?<month>\d\d)")]
    [InlineData(@"(?<word>[a-z]+)=\k<word>")]
    [InlineData(@"(?'q'[""'])text\k'q'")]
    [InlineData(@"(?<n>a)\<n>\k<1>")]
    [InlineData(@"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11")]
    [InlineData(@"(a)\12")]
    [InlineData(@"(?<n>x)(y)\1\2")]
    [InlineData(@"(?<2>x)(y)\1\2")]
    [InlineData(@"((a)|b)+")]
    [InlineData(@"((x)y)+\2")]
    [InlineData(@"(a|b\1)+")]
    [InlineData(@"(?:(a)|b)\1")]
    [InlineData(@"(a)?\1")]
    [InlineData(@"(?<first>a)(?<second>b)\k<first>\k<second>")]
    [InlineData(@"(?>a+)b")]
    // Anchors.
    [InlineData(@"\bword\b")]
    [InlineData(@"a\Bb")]
    [InlineData(@"\Aabc\z")]
    [InlineData(@"abc\Z")]
    [InlineData(@"\G^*x$")]
    // Inline options.
    [InlineData(@"(?i)[^a]{5}")]
    [InlineData(@"(?i)hello")]
    [InlineData(@"(?i:ABC)def")]
    [InlineData(@"(?i)\P{Lu}{3}[^\p{Ll}]{3}")]
    [InlineData(@"(?i)[a-z-[K]]{5}")]
    [InlineData("(?x) a b c # comment\n d")]
    [InlineData(@"(?x)[ ]\ x *")]
    [InlineData(@"(?n)(a)(?<x>b)\k<x>\1")]
    [InlineData(@"(?s).{4}")]
    [InlineData(@"(?m)^a$")]
    [InlineData(@"(?x-x: a)b")]
    public void Generate_ValidPattern_ProducesStringsDotNetMatches(string pattern)
    {
        var random = new Random(20240601);
        var anchored = new Regex(@"\A(?:" + pattern + @")\z");
        var caretDollar = new Regex("^(?:" + pattern + ")$");

        var samples = Enumerable.Range(0, SamplesPerPattern).Select(_ => RegexSampler.Generate(pattern, random)).ToList();

        Assert.All(samples, sample => Assert.Matches(anchored, sample));
        Assert.All(samples, sample => Assert.Matches(caretDollar, sample));
    }

    [Theory]
    [InlineData(@"\d++", @"(?>\d+)")]
    [InlineData(@"\d*+-[a-z]?+", @"(?>\d*)-(?>[a-z]?)")]
    [InlineData(@"(ab){2}+c", @"(?>(ab){2})c")]
    [InlineData(@"x{1,3}+y", @"(?>x{1,3})y")]
    public void Generate_PossessiveQuantifier_MatchesAtomicEquivalent(string pattern, string dotNetEquivalent)
    {
        var random = new Random(7);
        var anchored = new Regex(@"\A(?:" + dotNetEquivalent + @")\z");

        var samples = Enumerable.Range(0, SamplesPerPattern).Select(_ => RegexSampler.Generate(pattern, random)).ToList();

        Assert.All(samples, sample => Assert.Matches(anchored, sample));
    }

    [Fact]
    public void Generate_SameSeed_ReturnsSameStrings()
    {
        const string Pattern = @"([A-Z]{2,5})-\d{1,8}-[^a-z]*(x|y|z)\1";

        var first = Enumerable.Range(0, 20).Select(_ => RegexSampler.Generate(Pattern, new Random(99))).ToList();
        var firstSequence = SampleSequence(Pattern, seed: 42);
        var secondSequence = SampleSequence(Pattern, seed: 42);

        Assert.Single(first.Distinct());
        Assert.Equal(firstSequence, secondSequence);
    }

    [Fact]
    public void Generate_DifferentSeeds_ReturnVariedStrings()
    {
        var samples = Enumerable.Range(0, 20).Select(seed => RegexSampler.Generate(@"\d{8}", new Random(seed)));

        var distinct = samples.Distinct().Count();

        Assert.True(distinct > 10, $"expected varied samples, got {distinct} distinct");
    }

    private static List<string> SampleSequence(string pattern, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, 20).Select(_ => RegexSampler.Generate(pattern, random))];
    }
}
