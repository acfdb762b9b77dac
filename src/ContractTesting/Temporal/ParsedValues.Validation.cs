namespace ContractTesting.Temporal;

/// <summary>Cross-field checks run once the whole input matched, mirroring Java's strict resolution.</summary>
internal sealed partial class ParsedValues
{
    // A leap year, so that month/day combinations such as 02-29 stay valid when the pattern has no year.
    private const long YearlessCalendarYear = 2000;

    private const long TwoDigitYearBase = 2000;

    internal bool IsConsistent() =>
        TryResolveYear(out var year, out var yearIsExact)
        && IsQuarterConsistent()
        && IsDateConsistent(year, yearIsExact)
        && IsTimeConsistent();

    private bool TryResolveYear(out long? year, out bool yearIsExact)
    {
        var yearOfEra = this[TemporalField.YearOfEra];
        var proleptic = this[TemporalField.ProlepticYear];
        long? fromEra = yearOfEra is { } value ? (this[TemporalField.Era] == 0 ? 1 - value : value) : null;

        year = fromEra ?? proleptic;
        yearIsExact = year is not null;
        if (fromEra is { } left && proleptic is { } right && left != right)
        {
            return false;
        }

        if (this[TemporalField.TwoDigitYear] is not { } twoDigits)
        {
            return true;
        }

        if ((yearOfEra ?? proleptic) is { } fullYear)
        {
            return ((fullYear % 100) + 100) % 100 == twoDigits;
        }

        // The century is unknown, so the year is only good enough for leap-year checks.
        year = TwoDigitYearBase + twoDigits;
        return true;
    }

    private bool IsQuarterConsistent() =>
        this[TemporalField.Quarter] is not { } quarter
        || this[TemporalField.Month] is not { } month
        || ((month - 1) / 3) + 1 == quarter;

    private bool IsDateConsistent(long? year, bool yearIsExact)
    {
        var calendarYear = year ?? YearlessCalendarYear;
        var month = (int?)this[TemporalField.Month];
        var day = (int?)this[TemporalField.DayOfMonth];
        if (month is { } m && day is { } d && d > CalendarMath.DaysInMonth(calendarYear, m))
        {
            return false;
        }

        if (this[TemporalField.DayOfYear] is { } dayOfYear)
        {
            if (dayOfYear > CalendarMath.DaysInYear(calendarYear))
            {
                return false;
            }

            if (year is not null)
            {
                var (derivedMonth, derivedDay) = CalendarMath.FromDayOfYear(calendarYear, (int)dayOfYear);
                if ((month is { } mm && mm != derivedMonth) || (day is { } dd && dd != derivedDay))
                {
                    return false;
                }

                month = derivedMonth;
                day = derivedDay;
            }
        }

        // A two-digit year does not identify the century, so the weekday cannot be checked against it.
        return !yearIsExact
            || this[TemporalField.DayOfWeek] is not { } dayOfWeek
            || month is not { } monthValue
            || day is not { } dayValue
            || CalendarMath.IsoDayOfWeek(calendarYear, monthValue, dayValue) is not { } actual
            || actual == dayOfWeek;
    }

    private bool IsTimeConsistent()
    {
        var hour = this[TemporalField.HourOfDay];
        if (this[TemporalField.ClockHourOfDay] is { } clockHour)
        {
            if (hour is { } existing && existing != clockHour % 24)
            {
                return false;
            }

            hour = clockHour % 24;
        }

        var hourOfAmPm = this[TemporalField.HourOfAmPm];
        if (this[TemporalField.ClockHourOfAmPm] is { } clockHourOfAmPm)
        {
            if (hourOfAmPm is { } existing && existing != clockHourOfAmPm % 12)
            {
                return false;
            }

            hourOfAmPm = clockHourOfAmPm % 12;
        }

        var amPm = this[TemporalField.AmPm];
        if (hour is { } fullHour)
        {
            if ((amPm is { } half && half != fullHour / 12) || (hourOfAmPm is { } partial && partial != fullHour % 12))
            {
                return false;
            }
        }
        else if (hourOfAmPm is { } partial && amPm is { } half)
        {
            hour = (half * 12) + partial;
        }

        return IsDayFractionConsistent(this[TemporalField.MilliOfDay], 1_000_000, hour)
            && IsDayFractionConsistent(this[TemporalField.NanoOfDay], 1, hour);
    }

    private bool IsDayFractionConsistent(long? value, long nanosPerUnit, long? hour)
    {
        if (value is not { } amount)
        {
            return true;
        }

        var secondOfDay = amount * nanosPerUnit / 1_000_000_000;
        return (hour is not { } h || h == secondOfDay / 3600)
            && (this[TemporalField.MinuteOfHour] is not { } minute || minute == secondOfDay / 60 % 60)
            && (this[TemporalField.SecondOfMinute] is not { } second || second == secondOfDay % 60);
    }
}
