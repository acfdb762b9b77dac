using ContractTesting.Temporal;

namespace ContractTesting.Tests.Temporal;

public sealed class TemporalDefaultsTests
{
    [Theory]
    [InlineData(TemporalDefaults.DateFormat, "2024-02-29")]
    [InlineData(TemporalDefaults.TimeFormat, "10:15:30")]
    [InlineData(TemporalDefaults.DateTimeGeneratorFormat, "2024-02-29T10:15:30.123456Z")]
    [InlineData(TemporalDefaults.DateTimeMatcherFormat, "2024-02-29T10:15:30+10:00")]
    public void Defaults_TypicalValue_Matches(string format, string value)
    {
        var pattern = DateTimePattern.Parse(format);

        var matches = pattern.IsMatch(value);

        Assert.True(matches);
    }
}
