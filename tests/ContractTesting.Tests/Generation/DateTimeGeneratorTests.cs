using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

// The clock is stopped at Thursday 2024-02-29T10:15:30.1234567Z (see GeneratorContexts.Now).
public sealed class DateTimeGeneratorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Generate_NoFormat_WritesIsoWithMicrosecondsAndZ(string? format)
    {
        var generator = new DateTimeGenerator(format);

        var value = generator.Generate(new JValue("2000-01-01T00:00:00Z"), GeneratorContexts.Consumer());

        Assert.Equal(JTokenType.String, value.Type);
        Assert.Equal("2024-02-29T10:15:30.123456Z", value.Value<string>());
    }

    [Fact]
    public void Generate_NoFormatInZoneAheadOfUtc_WritesLocalTimeAndOffset()
    {
        var context = GeneratorContexts.Consumer() with { TimeProvider = new FixedTimeProvider(GeneratorContexts.Now, FixedTimeProvider.Offset(10)) };
        var generator = new DateTimeGenerator();

        var value = generator.Generate(new JValue("x"), context);

        Assert.Equal("2024-02-29T20:15:30.123456+10:00", value.Value<string>());
    }

    [Theory]
    [InlineData("yyyy-MM-dd HH:mm", "2024-02-29 10:15")]
    [InlineData("yyyy-MM-dd'T'HH:mm:ssXXX", "2024-02-29T10:15:30Z")]
    [InlineData("yyyy-MM-dd'T'HH:mm:ssxx", "2024-02-29T10:15:30+0000")]
    [InlineData("EEE, dd MMM yyyy HH:mm:ss 'GMT'", "Thu, 29 Feb 2024 10:15:30 GMT")]
    [InlineData("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSXXX", "2024-02-29T10:15:30.1234567Z")]
    public void Generate_Format_WritesNowInThatFormat(string format, string expected)
    {
        var generator = new DateTimeGenerator(format);

        var value = generator.Generate(new JValue("x"), GeneratorContexts.Consumer());

        Assert.Equal(expected, value.Value<string>());
    }

    [Theory]
    [InlineData("now", "2024-02-29T10:15:30")]
    [InlineData("tomorrow", "2024-03-01T10:15:30")]
    [InlineData("+ 1 day", "2024-03-01T10:15:30")]
    [InlineData("tomorrow @ 10 o'clock am", "2024-03-01T10:00:00")]
    [InlineData("tomorrow @ 10 o'clock", "2024-03-01T22:00:00")]
    [InlineData("yesterday @ noon", "2024-02-28T12:00:00")]
    [InlineData("@ midnight", "2024-02-29T00:00:00")]
    [InlineData("@ + 2 hours", "2024-02-29T12:15:30")]
    [InlineData("+ 1 day @ + 2 hours", "2024-03-01T12:15:30")]
    [InlineData("next monday @ 9 o'clock am", "2024-03-04T09:00:00")]
    [InlineData("@ + 14 hours", "2024-03-01T00:15:30")]
    [InlineData("- 1 year @ midnight - 1 second", "2023-02-27T23:59:59")]
    public void Generate_Expression_MovesDateAndTime(string expression, string expected)
    {
        var generator = new DateTimeGenerator("yyyy-MM-dd'T'HH:mm:ss", expression);

        var value = generator.Generate(new JValue("x"), GeneratorContexts.Consumer());

        Assert.Equal(expected, value.Value<string>());
    }

    [Fact]
    public void Generate_OptionalSectionInFormat_WritesItsContent()
    {
        var generator = new DateTimeGenerator("yyyy-MM-dd['T'HH:mm]");

        var value = generator.Generate(new JValue("x"), GeneratorContexts.Consumer());

        Assert.Equal("2024-02-29T10:15", value.Value<string>());
    }

    [Theory]
    [InlineData("yyyy-MM-dd'T'HH:mm:ss]", "']' without a matching '['")]
    [InlineData("yyyy-MM-dd#HH", "reserved character '#'")]
    [InlineData("yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSSS", "too many pattern letters")]
    public void Generate_BadFormat_ThrowsNamingFormatAndProblem(string format, string problem)
    {
        var generator = new DateTimeGenerator(format);

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue("x"), GeneratorContexts.Consumer()));

        Assert.StartsWith("DateTime generator", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{format}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tomorrow @ 13 o'clock", "expected an hour from 1 to 12 but found '13'")]
    [InlineData("tomorrow @ + 1 day", "expected a duration type (hour(s), minute(s), second(s) or millisecond(s)) but found 'day'")]
    [InlineData("+ 1 hour @ noon", "expected a duration type (day(s), week(s), month(s) or year(s)) but found 'hour'")]
    [InlineData("tomorrow @", "but the expression ended")]
    [InlineData("tomorrow !", "unexpected character '!'")]
    public void Generate_BadExpression_ThrowsNamingExpressionAndProblem(string expression, string problem)
    {
        var generator = new DateTimeGenerator(Expression: expression);

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue("x"), GeneratorContexts.Consumer()));

        Assert.StartsWith("DateTime generator", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{expression}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public void Generate_ResultOutOfRange_ThrowsGenerationException()
    {
        var generator = new DateTimeGenerator(Expression: "+ 9000 years");

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue("x"), GeneratorContexts.Consumer()));

        Assert.Contains("outside the supported range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Defaults_WritesTypeOnly()
    {
        var json = new DateTimeGenerator().ToJson();

        Assert.Equal("""{"type":"DateTime"}""", PactJson.Canonical(json));
    }

    [Fact]
    public void ToJson_FormatAndExpression_WritesBoth()
    {
        var json = new DateTimeGenerator("yyyy-MM-dd HH:mm", "tomorrow @ noon").ToJson();

        Assert.Equal("""{"expression":"tomorrow @ noon","format":"yyyy-MM-dd HH:mm","type":"DateTime"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(GeneratorMode.Consumer)]
    [InlineData(GeneratorMode.Provider)]
    public void AppliesIn_AnyMode_IsTrue(GeneratorMode mode)
    {
        var generator = new DateTimeGenerator();

        var applies = generator.AppliesIn(mode);

        Assert.True(applies);
    }
}
