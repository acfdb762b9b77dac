using ContractTesting.Temporal;

namespace ContractTesting.Tests.Temporal;

public sealed partial class DateTimePatternTests
{
    [Fact]
    public void Parse_SamePatternTwice_ReturnsCachedInstance()
    {
        var first = DateTimePattern.Parse("yyyy-MM-dd'T'HH:mm");

        var second = DateTimePattern.Parse("yyyy-MM-dd'T'HH:mm");

        Assert.Same(first, second);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNullException()
    {
        string? pattern = null;

        var exception = Record.Exception(() => DateTimePattern.Parse(pattern!));

        Assert.IsType<ArgumentNullException>(exception);
    }

    [Fact]
    public void ToString_ParsedPattern_ReturnsPatternText()
    {
        var pattern = DateTimePattern.Parse("HH:mm:ss");

        var text = pattern.ToString();

        Assert.Equal("HH:mm:ss", text);
    }

    [Theory]
    [InlineData("yyyy-bb", "unknown pattern letter 'b'", "position 6")]
    [InlineData("ddd", "'ddd'", "position 1")]
    [InlineData("HH:mm:sss", "'sss'", "position 7")]
    [InlineData("MMMMMM", "'MMMMMM'", "position 1")]
    [InlineData("SSSSSSSSSS", "'SSSSSSSSSS'", "position 1")]
    [InlineData("aa", "'aa'", "position 1")]
    [InlineData("cc", "'cc'", "position 1")]
    [InlineData("OO", "'OO'", "position 1")]
    [InlineData("V", "'V'", "position 1")]
    [InlineData("zzzzz", "'zzzzz'", "position 1")]
    [InlineData("HH 'o clock", "unterminated quoted text", "position 4")]
    [InlineData("yyyy]", "']'", "position 5")]
    [InlineData("yyyy#", "'#'", "position 5")]
    [InlineData("{yyyy}", "'{'", "position 1")]
    [InlineData("HH:mm B", "'B'", "position 7")]
    [InlineData("yyyy-MM-dd p", "'p'", "position 12")]
    public void Parse_InvalidPattern_ThrowsFormatExceptionNamingProblemAndPosition(string pattern, string problem, string position)
    {
        var parse = () => DateTimePattern.Parse(pattern);

        var exception = Assert.Throws<FormatException>(parse);
        Assert.Contains($"'{pattern}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
        Assert.Contains(position, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("'quoted text'")]
    [InlineData("[yyyy]")]
    [InlineData("[yyyy")]
    [InlineData("é yyyy ü")]
    public void Parse_EdgeCasePatterns_Succeed(string pattern)
    {
        var exception = Record.Exception(() => DateTimePattern.Parse(pattern));

        Assert.Null(exception);
    }

    [Fact]
    public void IsMatch_Null_ThrowsArgumentNullException()
    {
        var pattern = DateTimePattern.Parse("yyyy");

        var exception = Record.Exception(() => pattern.IsMatch(null!));

        Assert.IsType<ArgumentNullException>(exception);
    }

    [Fact]
    public void IsMatch_EmptyPatternAndEmptyValue_ReturnsTrue()
    {
        var pattern = DateTimePattern.Parse(string.Empty);

        var matches = pattern.IsMatch(string.Empty);

        Assert.True(matches);
    }

    [Fact]
    public void IsMatch_ManyAdjacentVariableWidthFields_TerminatesWithoutMatch()
    {
        var pattern = DateTimePattern.Parse("dMdMdMdMdMdMdMdMdMdMdMdMdMdMdMdMdMdMdMdM'x'");

        var matches = pattern.IsMatch(new string('1', 60) + "y");

        Assert.False(matches);
    }
}
