using ContractTesting.Generation;
using ContractTesting.Json;
using ContractTesting.Tests.Support;
using Newtonsoft.Json.Linq;

namespace ContractTesting.Tests.Generation;

// The clock is stopped at Thursday 2024-02-29T10:15:30.1234567Z (see GeneratorContexts.Now).
public sealed class TimeGeneratorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Generate_NoFormat_WritesHoursMinutesSeconds(string? format)
    {
        var generator = new TimeGenerator(format);

        var value = generator.Generate(new JValue("00:00:00"), GeneratorContexts.Consumer());

        Assert.Equal(JTokenType.String, value.Type);
        Assert.Equal("10:15:30", value.Value<string>());
    }

    [Theory]
    [InlineData("HH:mm", "10:15")]
    [InlineData("hh:mm a", "10:15 AM")]
    [InlineData("HH:mm:ss.SSS", "10:15:30.123")]
    [InlineData("HHmmss", "101530")]
    [InlineData("h 'o''clock'", "10 o'clock")]
    public void Generate_Format_WritesNowInThatFormat(string format, string expected)
    {
        var generator = new TimeGenerator(format);

        var value = generator.Generate(new JValue("x"), GeneratorContexts.Consumer());

        Assert.Equal(expected, value.Value<string>());
    }

    [Theory]
    [InlineData("now", "10:15:30")]
    [InlineData("+ 1 hour", "11:15:30")]
    [InlineData("- 90 minutes", "08:45:30")]
    [InlineData("+ 30 seconds", "10:16:00")]
    [InlineData("midnight", "00:00:00")]
    [InlineData("noon", "12:00:00")]
    [InlineData("3 o'clock pm", "15:00:00")]
    [InlineData("3 o'clock am", "03:00:00")]
    [InlineData("12 o'clock am", "00:00:00")]
    [InlineData("next hour", "11:15:30")]
    [InlineData("last minute", "10:14:30")]
    [InlineData("midnight + 2 hours - 1 minute", "01:59:00")]
    [InlineData("+ 14 hours", "00:15:30")]
    public void Generate_Expression_MovesTime(string expression, string expected)
    {
        var generator = new TimeGenerator(Expression: expression);

        var value = generator.Generate(new JValue("x"), GeneratorContexts.Consumer());

        Assert.Equal(expected, value.Value<string>());
    }

    [Fact]
    public void Generate_ClockHourWithoutAmOrPmBeforeNoon_PicksAfternoon()
    {
        // The reference implementation's rule: with the base time before noon, "N o'clock" means the afternoon hour.
        var generator = new TimeGenerator(Expression: "3 o'clock");

        var value = generator.Generate(new JValue("x"), GeneratorContexts.Consumer());

        Assert.Equal("15:00:00", value.Value<string>());
    }

    [Fact]
    public void Generate_FormatAndExpression_AppliesBoth()
    {
        var generator = new TimeGenerator("HH:mm", "+ 2 hours");

        var value = generator.Generate(new JValue("x"), GeneratorContexts.Consumer());

        Assert.Equal("12:15", value.Value<string>());
    }

    [Fact]
    public void Generate_LocalZone_UsesLocalTime()
    {
        var context = GeneratorContexts.Consumer() with { TimeProvider = new FixedTimeProvider(GeneratorContexts.Now, FixedTimeProvider.Offset(-5)) };
        var generator = new TimeGenerator();

        var value = generator.Generate(new JValue("x"), context);

        Assert.Equal("05:15:30", value.Value<string>());
    }

    [Theory]
    [InlineData("HH:mm:ss'", "unterminated quoted text")]
    [InlineData("HH:ii", "unknown pattern letter 'i'")]
    [InlineData("HHH", "too many pattern letters")]
    public void Generate_BadFormat_ThrowsNamingFormatAndProblem(string format, string problem)
    {
        var generator = new TimeGenerator(format);

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue("x"), GeneratorContexts.Consumer()));

        Assert.StartsWith("Time generator", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{format}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("+ 1 day", "expected a duration type (hour(s), minute(s), second(s) or millisecond(s)) but found 'day'")]
    [InlineData("13 o'clock", "expected an hour from 1 to 12 but found '13'")]
    [InlineData("3 oclock", "expected o'clock but found 'oclock'")]
    [InlineData("teatime", "but found 'teatime'")]
    [InlineData("@ noon", "unexpected '@'")]
    [InlineData("noon 1 hour", "expected + or - but found '1'")]
    public void Generate_BadExpression_ThrowsNamingExpressionAndProblem(string expression, string problem)
    {
        var generator = new TimeGenerator(Expression: expression);

        var error = Assert.Throws<GenerationException>(() => generator.Generate(new JValue("x"), GeneratorContexts.Consumer()));

        Assert.StartsWith("Time generator", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{expression}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Defaults_WritesTypeOnly()
    {
        var json = new TimeGenerator().ToJson();

        Assert.Equal("""{"type":"Time"}""", PactJson.Canonical(json));
    }

    [Fact]
    public void ToJson_FormatOnly_WritesFormat()
    {
        var json = new TimeGenerator("HH:mm").ToJson();

        Assert.Equal("""{"format":"HH:mm","type":"Time"}""", PactJson.Canonical(json));
    }

    [Fact]
    public void ToJson_ExpressionOnly_WritesExpression()
    {
        var json = new TimeGenerator(Expression: "+ 1 hour").ToJson();

        Assert.Equal("""{"expression":"+ 1 hour","type":"Time"}""", PactJson.Canonical(json));
    }

    [Theory]
    [InlineData(GeneratorMode.Consumer)]
    [InlineData(GeneratorMode.Provider)]
    public void AppliesIn_AnyMode_IsTrue(GeneratorMode mode)
    {
        var generator = new TimeGenerator();

        var applies = generator.AppliesIn(mode);

        Assert.True(applies);
    }
}
