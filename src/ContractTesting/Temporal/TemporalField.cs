namespace ContractTesting.Temporal;

/// <summary>The values a pattern can capture while matching, cross-checked once the whole input matched.</summary>
internal enum TemporalField
{
    Era,
    YearOfEra,
    TwoDigitYear,
    ProlepticYear,
    WeekBasedYear,
    Month,
    DayOfMonth,
    DayOfYear,
    Quarter,
    WeekOfWeekBasedYear,
    WeekOfMonth,
    AlignedWeekOfMonth,
    DayOfWeek,
    AmPm,
    HourOfDay,
    ClockHourOfDay,
    HourOfAmPm,
    ClockHourOfAmPm,
    MinuteOfHour,
    SecondOfMinute,
    NanoOfSecond,
    MilliOfDay,
    NanoOfDay,
    OffsetSeconds,
}
