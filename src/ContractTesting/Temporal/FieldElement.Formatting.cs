using System.Globalization;
using System.Text;

namespace ContractTesting.Temporal;

internal sealed partial class FieldElement
{
    internal override void Format(StringBuilder builder, DateTimeOffset value)
    {
        // DateTime is the wall-clock reading at the value's own offset, which is what every field describes.
        var local = value.DateTime;
        var isoDay = CalendarMath.ToIsoDayOfWeek(local.DayOfWeek);
        switch (Letter)
        {
            case 'G':
                builder.Append(EraNames(Count)[1]);
                break;
            case 'y' or 'u':
                AppendYear(builder, local.Year);
                break;
            case 'Y':
                AppendYear(builder, ISOWeek.GetYear(local));
                break;
            case 'D':
                AppendNumber(builder, local.DayOfYear);
                break;
            case 'M' or 'L':
                AppendNumberOrName(builder, local.Month, TemporalNames.FullMonths, MonthNames(Count));
                break;
            case 'd':
                AppendNumber(builder, local.Day);
                break;
            case 'Q' or 'q':
                var quarter = ((local.Month - 1) / 3) + 1;
                AppendNumberOrName(builder, quarter, TemporalNames.NarrowQuarters, QuarterNames(Count));
                break;
            case 'w':
                AppendNumber(builder, ISOWeek.GetWeekOfYear(local));
                break;
            case 'W':
                // Weeks start on Monday and the week holding the 1st is week 1.
                var firstDay = CalendarMath.ToIsoDayOfWeek(local.AddDays(1 - local.Day).DayOfWeek);
                AppendNumber(builder, ((local.Day + firstDay - 2) / 7) + 1);
                break;
            case 'F':
                AppendNumber(builder, ((local.Day - 1) / 7) + 1);
                break;
            case 'E':
                AppendName(builder, isoDay, TemporalNames.FullDays, DayNames(Count));
                break;
            case 'e' or 'c':
                AppendNumberOrName(builder, isoDay, TemporalNames.FullDays, DayNames(Count));
                break;
            case 'a':
                builder.Append(TemporalNames.AmPm[local.Hour / 12]);
                break;
            default:
                FormatTimeOrZone(builder, value, local);
                break;
        }
    }

    private void FormatTimeOrZone(StringBuilder builder, DateTimeOffset value, DateTime local)
    {
        var fractionTicks = local.Ticks % TimeSpan.TicksPerSecond;
        switch (Letter)
        {
            case 'h':
                AppendNumber(builder, local.Hour % 12 == 0 ? 12 : local.Hour % 12);
                break;
            case 'K':
                AppendNumber(builder, local.Hour % 12);
                break;
            case 'k':
                AppendNumber(builder, local.Hour == 0 ? 24 : local.Hour);
                break;
            case 'H':
                AppendNumber(builder, local.Hour);
                break;
            case 'm':
                AppendNumber(builder, local.Minute);
                break;
            case 's':
                AppendNumber(builder, local.Second);
                break;
            case 'S':
                // Truncated rather than rounded, as Java does, so the value never rolls into the next second.
                var nanos = (fractionTicks * 100).ToString("D9", CultureInfo.InvariantCulture);
                builder.Append(nanos, 0, Count);
                break;
            case 'n':
                AppendNumber(builder, fractionTicks * 100);
                break;
            case 'A':
                AppendNumber(builder, local.TimeOfDay.Ticks / TimeSpan.TicksPerMillisecond);
                break;
            case 'N':
                AppendNumber(builder, local.TimeOfDay.Ticks * 100);
                break;
            default:
                FormatZone(builder, value.Offset);
                break;
        }
    }

    private void FormatZone(StringBuilder builder, TimeSpan offset)
    {
        switch (Letter)
        {
            case 'z' when offset == TimeSpan.Zero:
                builder.Append(Count == 4 ? ZoneNames.UtcFullName : ZoneNames.UtcAbbreviation);
                break;
            case 'z':
                AppendLocalizedOffset(builder, offset, full: true);
                break;
            case 'V':
                AppendIsoOffset(builder, offset, 3, "Z");
                break;
            case 'O':
                AppendLocalizedOffset(builder, offset, full: Count == 4);
                break;
            case 'Z' when Count == 4:
                AppendLocalizedOffset(builder, offset, full: true);
                break;
            case 'Z' when Count == 5:
                AppendIsoOffset(builder, offset, 3, "Z");
                break;
            case 'Z':
                AppendIsoOffset(builder, offset, 2, null);
                break;
            default:
                AppendIsoOffset(builder, offset, Count, Letter == 'X' ? "Z" : null);
                break;
        }
    }

    private void AppendYear(StringBuilder builder, int year)
    {
        if (Count == 2)
        {
            AppendPadded(builder, year % 100, 2);
        }
        else
        {
            AppendNumber(builder, year);
        }
    }

    private void AppendNumber(StringBuilder builder, long value) => AppendPadded(builder, value, Count);

    private void AppendNumberOrName(StringBuilder builder, int value, string[] narrowSource, string[] names)
    {
        if (Count <= 2)
        {
            AppendNumber(builder, value);
        }
        else
        {
            AppendName(builder, value, narrowSource, names);
        }
    }

    private void AppendName(StringBuilder builder, int value, string[] narrowSource, string[] names) =>
        builder.Append(Count == 5 ? TemporalNames.Narrow(narrowSource[value - 1]) : names[value - 1]);

    private static void AppendPadded(StringBuilder builder, long value, int width) =>
        builder.Append(value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0'));

    private static void AppendLocalizedOffset(StringBuilder builder, TimeSpan offset, bool full)
    {
        builder.Append("GMT");
        if (offset == TimeSpan.Zero)
        {
            return;
        }

        var magnitude = offset.Duration();
        builder.Append(offset < TimeSpan.Zero ? '-' : '+');
        AppendPadded(builder, magnitude.Hours, full ? 2 : 1);
        if (full || magnitude.Minutes != 0)
        {
            builder.Append(':');
            AppendPadded(builder, magnitude.Minutes, 2);
        }
    }

    /// <summary>Widths as in <see cref="AddIsoOffsetCandidates"/>; offsets are whole minutes, so seconds never print.</summary>
    private static void AppendIsoOffset(StringBuilder builder, TimeSpan offset, int width, string? zeroText)
    {
        if (offset == TimeSpan.Zero && zeroText is not null)
        {
            builder.Append(zeroText);
            return;
        }

        var magnitude = offset.Duration();
        builder.Append(offset < TimeSpan.Zero ? '-' : '+');
        AppendPadded(builder, magnitude.Hours, 2);
        if (width == 1 && magnitude.Minutes == 0)
        {
            return;
        }

        if (width is 3 or 5)
        {
            builder.Append(':');
        }

        AppendPadded(builder, magnitude.Minutes, 2);
    }
}
