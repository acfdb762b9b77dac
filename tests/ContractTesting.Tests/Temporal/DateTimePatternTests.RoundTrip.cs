using ContractTesting.Temporal;

namespace ContractTesting.Tests.Temporal;

public sealed partial class DateTimePatternTests
{
    private static readonly DateTimeOffset[] RoundTripValues =
    [
        At(LeapDay),
        At(UtcMidnight),
        At(IndiaAfternoon),
        At("1999-12-31T23:59:59.5-12:00"),
        At("2021-01-03T12:00:00+14:00"),
        At("2020-12-31T13:30:00+01:00"),
        At("0001-01-01T00:00:00+00:00"),
        At("9999-12-31T23:59:59.9999999+00:00"),
    ];

    [Theory]
    [InlineData(TemporalDefaults.DateFormat)]
    [InlineData(TemporalDefaults.TimeFormat)]
    [InlineData(TemporalDefaults.DateTimeGeneratorFormat)]
    [InlineData(TemporalDefaults.DateTimeMatcherFormat)]
    [InlineData("yyyy-MM-dd'T'HH:mm:ss.SSSXXX")]
    [InlineData("EEE, dd MMM yyyy HH:mm:ss z")]
    [InlineData("dd/MM/yy")]
    [InlineData("h:mm a")]
    [InlineData("yyyy-MM-dd HH:mm:ss.SSSSSS")]
    [InlineData("yyyyMMdd")]
    [InlineData("yyMMddHHmmssZ")]
    [InlineData("G y-M-d")]
    [InlineData("GGGG yyyyy")]
    [InlineData("GGGGG uuuu")]
    [InlineData("uu-MM-dd")]
    [InlineData("yyyy-DDD")]
    [InlineData("yyyy-D")]
    [InlineData("yyyy-DD")]
    [InlineData("MMM d, yyyy")]
    [InlineData("MMMM dd yyyy")]
    [InlineData("MMMMM LLL LLLL L/d")]
    [InlineData("Q QQ QQQ QQQQ QQQQQ q qqqq yyyy-MM")]
    [InlineData("YYYY-'W'ww-e")]
    [InlineData("YY w W F")]
    [InlineData("yyyy-MM-dd EEEE DDD QQQ")]
    [InlineData("E EEEEE ee c ccc cccc ccccc eeee yyyy-MM-dd")]
    [InlineData("hh:mm a")]
    [InlineData("KK:mm a")]
    [InlineData("K a")]
    [InlineData("kk:mm")]
    [InlineData("k H m s")]
    [InlineData("HH:mm:ss.S")]
    [InlineData("HH:mm:ss.SS")]
    [InlineData("ss.SSSSSSSSS")]
    [InlineData("n nnnnnnnn")]
    [InlineData("HH:mm:ss A AAAAAAAA N")]
    [InlineData("z zzzz")]
    [InlineData("Z ZZ ZZZ ZZZZ ZZZZZ")]
    [InlineData("X XX XXX XXXX XXXXX")]
    [InlineData("x xx xxx xxxx xxxxx")]
    [InlineData("O OOOO")]
    [InlineData("VV")]
    [InlineData("yyyy-MM-dd'T'HH:mmXXX'['VV']'")]
    [InlineData("hh 'o''clock' a, zzzz")]
    [InlineData("EEE, MMM d, ''yy")]
    [InlineData("yyyy.MM.dd G 'at' HH:mm:ss z")]
    [InlineData("[yyyy-MM-dd]['T'HH:mm]")]
    [InlineData("d.M.yyyy H:m:s")]
    public void Format_ThenIsMatch_RoundTripsForEverySupportedLetter(string pattern)
    {
        var parsed = DateTimePattern.Parse(pattern);

        var failures = RoundTripValues
            .Select(value => parsed.Format(value))
            .Where(text => !parsed.IsMatch(text))
            .ToList();

        Assert.Empty(failures);
    }
}
