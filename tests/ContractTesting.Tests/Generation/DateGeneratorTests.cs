using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

// The clock is stopped at Thursday 2024-02-29T10:15:30.1234567Z (see GeneratorContexts.Now).
public sealed class DateGeneratorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Generate_NoFormat_WritesIsoDate(string? format)
    {
        var generator = new DateGenerator(format);

        var value = generator.Generate(new JValue("2000-01-01"), GeneratorContexts.Consumer());

        Assert.Equal(JTokenType.String, value.Type);
        Assert.Equal("2024-02-29", value.Value<string>());
    }

    [Theory]
    [InlineData("dd/MM/yyyy", "29/02/2024")]
    [InlineData("yyyyMMdd", "20240229")]
    [InlineData("EEE, d MMM yyyy", "Thu, 29 Feb 2024")]
    [InlineData("EEEE d MMMM uuuu", "Thursday 29 February 2024")]
    [InlineData("yyyy-DDD", "2024-060")]
    [InlineData("'day' d", "day 29")]
    public void Generate_Format_WritesTodayInThatFormat(string format, string expected)
    {
        var generator = new DateGenerator(format);

        var value = generator.Generate(new JValue("x"), GeneratorContexts.Consumer());

        Assert.Equal(expected, value.Value<string>());
    }

    [Theory]
    [InlineData("today", "2024-02-29")]
    [InlineData("  ", "2024-02-29")]
    [InlineData("tomorrow", "2024-03-01")]
    [InlineData("yesterday", "2024-02-28")]
    [InlineData("+ 1 day", "2024-03-01")]
    [InlineData("- 3 days", "2024-02-26")]
    [InlineData("+ 2 weeks", "2024-03-14")]
    [InlineData("+ 1 month", "2024-03-29")]
    [InlineData("+ 1 year", "2025-02-28")]
    [InlineData("next monday", "2024-03-04")]
    [InlineData("last friday", "2024-02-23")]
    [InlineData("next month", "2024-03-29")]
    [InlineData("next fortnight", "2024-03-14")]
    [InlineData("next june", "2024-06-01")]
    [InlineData("tomorrow + 1 week - 1 day", "2024-03-07")]
    [InlineData("TOMORROW", "2024-03-01")]
    public void Generate_Expression_MovesDate(string expression, string expected)
    {
        var generator = new DateGenerator(Expression: expression);

        var value = generator.Generate(new JValue("x"), GeneratorContexts.Consumer());

        Assert.Equal(expected, value.Value<string>());
    }

    [Fact]
    public void Generate_FormatAndExpression_AppliesBoth()
    {
        var generator = new DateGenerator("dd.MM.yyyy", "+ 1 day");

        var value = generator.Generate(new JValue("x"), GeneratorContexts.Consumer());

        Assert.Equal("01.03.2024", value.Value<string>());
    }

    [Fact]
    public void Generate_LocalZoneAheadOfUtc_UsesLocalDate()
    {
        var clock = new FixedTimeProvider(new DateTimeOffset(2024, 2, 29, 20, 0, 0, TimeSpan.Zero), FixedTimeProvider.Offset(10));
        var context = GeneratorContexts.Consumer() with { TimeProvider = clock };
        var generator = new DateGenerator();

        var value = generator.Generate(new JValue("x"), context);

        Assert.Equal("2024-03-01", value.Value<string>());
    }

    [Fact]
    public void Generate_NumberExample_ReturnsString()
    {
        var generator = new DateGenerator("yyyyMMdd");

        var value = generator.Generate(new JValue(20000101), GeneratorContexts.Consumer());

        Assert.Equal(JTokenType.String, value.Type);
    }

    [Theory]
    [InlineData("yyyy-MM-dd'T", "unterminated quoted text")]
    [InlineData("yyyy-bb-dd", "unknown pattern letter 'b'")]
    [InlineData("yyyy-MMMMMM", "too many pattern letters")]
    [InlineData("yyyy{MM}", "reserved character '{'")]
    public void Generate_BadFormat_ThrowsNamingFormatAndProblem(string format, string problem)
    {
        var generator = new DateGenerator(format);

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue("x"), GeneratorContexts.Consumer()));

        Assert.StartsWith("Date generator", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{format}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Theory]
    [InlineData("+ 1 decade", "expected a duration type (day(s), week(s), month(s) or year(s)) but found 'decade'")]
    [InlineData("+ 1 hour", "but found 'hour'")]
    [InlineData("soon", "expected one of now, today, yesterday, tomorrow, +, -, next or last but found 'soon'")]
    [InlineData("tomorrow @ noon", "unexpected '@'")]
    [InlineData("+ day", "expected an integer value but found 'day'")]
    [InlineData("next", "but the expression ended")]
    public void Generate_BadExpression_ThrowsNamingExpressionAndProblem(string expression, string problem)
    {
        var generator = new DateGenerator(Expression: expression);

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue("x"), GeneratorContexts.Consumer()));

        Assert.StartsWith("Date generator", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{expression}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Defaults_WritesTypeOnly()
    {
        var json = new DateGenerator().ToJson();

        Assert.Equal("""{"type":"Date"}""", PactJson.Canonical(json));
    }

    [Fact]
    public void ToJson_FormatAndExpression_WritesBoth()
    {
        var json = new DateGenerator("dd/MM/yyyy", "+ 1 day").ToJson();

        Assert.Equal("""{"expression":"+ 1 day","format":"dd/MM/yyyy","type":"Date"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(GeneratorMode.Consumer)]
    [InlineData(GeneratorMode.Provider)]
    public void AppliesIn_AnyMode_IsTrue(GeneratorMode mode)
    {
        var generator = new DateGenerator();

        var applies = generator.AppliesIn(mode);

        Assert.True(applies);
    }
}
