namespace ContractTesting.Temporal;

/// <summary>
/// Proleptic Gregorian arithmetic on plain numbers, because parsed years may lie outside the range
/// <see cref="DateTime"/> supports and must still be validated.
/// </summary>
internal static class CalendarMath
{
    private static readonly int[] DaysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    private static readonly int[] MonthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    internal static bool IsLeapYear(long year) =>
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    internal static int DaysInMonth(long year, int month) =>
        month == 2 && IsLeapYear(year) ? 29 : MonthLengths[month - 1];

    internal static int DaysInYear(long year) => IsLeapYear(year) ? 366 : 365;

    internal static int DayOfYear(long year, int month, int day) =>
        DaysBeforeMonth[month - 1] + day + (month > 2 && IsLeapYear(year) ? 1 : 0);

    internal static (int Month, int Day) FromDayOfYear(long year, int dayOfYear)
    {
        var month = 12;
        while (DayOfYear(year, month, 1) > dayOfYear)
        {
            month--;
        }

        return (month, dayOfYear - DayOfYear(year, month, 1) + 1);
    }

    /// <summary>ISO day number, 1 = Monday to 7 = Sunday; null when the year is outside <see cref="DateTime"/>'s range.</summary>
    internal static int? IsoDayOfWeek(long year, int month, int day)
    {
        if (year < 1 || year > 9999)
        {
            return null;
        }

        return ToIsoDayOfWeek(new DateTime((int)year, month, day, 0, 0, 0, DateTimeKind.Unspecified).DayOfWeek);
    }

    internal static int ToIsoDayOfWeek(DayOfWeek dayOfWeek) =>
        dayOfWeek == DayOfWeek.Sunday ? 7 : (int)dayOfWeek;
}
