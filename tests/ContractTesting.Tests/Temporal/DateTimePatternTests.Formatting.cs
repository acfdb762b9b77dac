using System.Globalization;
using System.Text.RegularExpressions;
using ContractTesting.Temporal;

namespace ContractTesting.Tests.Temporal;

public sealed partial class DateTimePatternTests
{
    // A leap day, a Thursday, with sub-millisecond ticks and a non-zero offset.
    private const string LeapDay = "2024-02-29T10:15:30.1234567+10:00";

    private const string UtcMidnight = "2024-02-29T00:05:00+00:00";

    private const string IndiaAfternoon = "2023-07-19T22:04:00-05:30";

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("yyyy-MM-dd", LeapDay, "2024-02-29")]
    [InlineData("y", LeapDay, "2024")]
    [InlineData("yy", LeapDay, "24")]
    [InlineData("yyyyy", LeapDay, "02024")]
    [InlineData("uuuu", LeapDay, "2024")]
    [InlineData("G", LeapDay, "AD")]
    [InlineData("GGGG", LeapDay, "Anno Domini")]
    [InlineData("GGGGG", LeapDay, "A")]
    [InlineData("M", LeapDay, "2")]
    [InlineData("MM", LeapDay, "02")]
    [InlineData("MMM", LeapDay, "Feb")]
    [InlineData("MMMM", LeapDay, "February")]
    [InlineData("MMMMM", LeapDay, "F")]
    [InlineData("LLLL", LeapDay, "February")]
    [InlineData("d", LeapDay, "29")]
    [InlineData("D", LeapDay, "60")]
    [InlineData("DDD", LeapDay, "060")]
    [InlineData("Q", LeapDay, "1")]
    [InlineData("QQ", LeapDay, "01")]
    [InlineData("QQQ", LeapDay, "Q1")]
    [InlineData("QQQQ", LeapDay, "1st quarter")]
    [InlineData("YYYY-'W'ww-e", LeapDay, "2024-W09-4")]
    [InlineData("W F", LeapDay, "5 5")]
    [InlineData("E", LeapDay, "Thu")]
    [InlineData("EEEE", LeapDay, "Thursday")]
    [InlineData("EEEEE", LeapDay, "T")]
    [InlineData("ee", LeapDay, "04")]
    [InlineData("cccc", LeapDay, "Thursday")]
    public void Format_DateFields_RendersInvariantEnglish(string pattern, string value, string expected)
    {
        var parsed = DateTimePattern.Parse(pattern);

        var text = parsed.Format(At(value));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("HH:mm:ss", LeapDay, "10:15:30")]
    [InlineData("h a", LeapDay, "10 AM")]
    [InlineData("h a", UtcMidnight, "12 AM")]
    [InlineData("K", UtcMidnight, "0")]
    [InlineData("k", UtcMidnight, "24")]
    [InlineData("hh:mm a", IndiaAfternoon, "10:04 PM")]
    [InlineData("ss.S", LeapDay, "30.1")]
    [InlineData("SSS", LeapDay, "123")]
    [InlineData("SSSSSSS", LeapDay, "1234567")]
    [InlineData("SSSSSSSSS", LeapDay, "123456700")]
    [InlineData("n", LeapDay, "123456700")]
    [InlineData("A", LeapDay, "36930123")]
    [InlineData("N", LeapDay, "36930123456700")]
    [InlineData("hh 'o''clock' a", LeapDay, "10 o'clock AM")]
    [InlineData("''HH''", LeapDay, "'10'")]
    [InlineData("[HH]:mm", LeapDay, "10:15")]
    public void Format_TimeFields_RendersPaddedValues(string pattern, string value, string expected)
    {
        var parsed = DateTimePattern.Parse(pattern);

        var text = parsed.Format(At(value));

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("z", LeapDay, "GMT+10:00")]
    [InlineData("z", UtcMidnight, "UTC")]
    [InlineData("zzzz", UtcMidnight, "Coordinated Universal Time")]
    [InlineData("Z", LeapDay, "+1000")]
    [InlineData("Z", UtcMidnight, "+0000")]
    [InlineData("ZZZZ", LeapDay, "GMT+10:00")]
    [InlineData("ZZZZ", UtcMidnight, "GMT")]
    [InlineData("ZZZZZ", LeapDay, "+10:00")]
    [InlineData("ZZZZZ", UtcMidnight, "Z")]
    [InlineData("X", LeapDay, "+10")]
    [InlineData("X", IndiaAfternoon, "-0530")]
    [InlineData("X", UtcMidnight, "Z")]
    [InlineData("XX", LeapDay, "+1000")]
    [InlineData("XXX", IndiaAfternoon, "-05:30")]
    [InlineData("XXXX", LeapDay, "+1000")]
    [InlineData("XXXXX", LeapDay, "+10:00")]
    [InlineData("x", UtcMidnight, "+00")]
    [InlineData("xx", UtcMidnight, "+0000")]
    [InlineData("xxx", UtcMidnight, "+00:00")]
    [InlineData("O", LeapDay, "GMT+10")]
    [InlineData("O", IndiaAfternoon, "GMT-5:30")]
    [InlineData("O", UtcMidnight, "GMT")]
    [InlineData("OOOO", LeapDay, "GMT+10:00")]
    [InlineData("VV", LeapDay, "+10:00")]
    [InlineData("VV", UtcMidnight, "Z")]
    public void Format_ZoneFields_RendersOffsetForms(string pattern, string value, string expected)
    {
        var parsed = DateTimePattern.Parse(pattern);

        var text = parsed.Format(At(value));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void Format_OtherCulture_StillUsesInvariantEnglish()
    {
        var pattern = DateTimePattern.Parse("EEEE d MMMM yyyy a");
        var original = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

        string text;
        try
        {
            text = pattern.Format(At(LeapDay));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        Assert.Equal("Thursday 29 February 2024 AM", text);
    }

    [Fact]
    public void Format_DefaultDateTimeGeneratorFormat_SatisfiesCompatibilitySuiteShape()
    {
        var pattern = DateTimePattern.Parse(TemporalDefaults.DateTimeGeneratorFormat);

        var text = pattern.Format(At(LeapDay));

        Assert.Equal("2024-02-29T10:15:30.123456+10:00", text);
        Assert.Matches(new Regex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,9}", RegexOptions.None, TimeSpan.FromSeconds(1)), text);
    }
}
