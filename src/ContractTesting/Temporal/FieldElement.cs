namespace ContractTesting.Temporal;

/// <summary>A run of one pattern letter, e.g. <c>yyyy</c> or <c>MMM</c>; the run length selects the presentation.</summary>
internal sealed partial class FieldElement : PatternElement
{
    private const int MaxYearLetters = 9;

    private FieldElement(char letter, int count)
    {
        Letter = letter;
        Count = count;
    }

    internal char Letter { get; }

    internal int Count { get; }

    internal static bool IsKnownLetter(char letter) => MaxCount(letter) > 0;

    /// <summary>Builds the element, or explains why the letter run is not a valid pattern.</summary>
    internal static FieldElement? TryCreate(char letter, int count, out string? error)
    {
        error = null;
        var max = MaxCount(letter);
        if (max == 0)
        {
            error = $"unknown pattern letter '{letter}'";
            return null;
        }

        if (count > max)
        {
            error = $"too many pattern letters '{new string(letter, count)}' (at most {max} allowed)";
            return null;
        }

        // Java leaves these counts undefined even though longer runs of the same letter are valid.
        if ((letter == 'c' && count == 2) || (letter == 'O' && count is 2 or 3) || (letter == 'V' && count == 1))
        {
            error = $"invalid number of pattern letters '{new string(letter, count)}'";
            return null;
        }

        return new FieldElement(letter, count);
    }

    private static int MaxCount(char letter) => letter switch
    {
        'G' or 'M' or 'L' or 'Q' or 'q' or 'E' or 'e' or 'c' or 'X' or 'x' or 'Z' => 5,
        'y' or 'u' or 'Y' or 'S' or 'n' or 'A' => MaxYearLetters,
        'N' => 18,
        'D' => 3,
        'z' or 'O' => 4,
        'V' or 'd' or 'w' or 'h' or 'K' or 'k' or 'H' or 'm' or 's' => 2,
        'W' or 'F' or 'a' => 1,
        _ => 0,
    };

    private static string[] MonthNames(int count) =>
        count == 3 ? TemporalNames.ShortMonths : TemporalNames.FullMonths;

    private static string[] DayNames(int count) =>
        count == 4 ? TemporalNames.FullDays : TemporalNames.ShortDays;

    private static string[] EraNames(int count) => count switch
    {
        4 => TemporalNames.FullEras,
        5 => TemporalNames.NarrowEras,
        _ => TemporalNames.ShortEras,
    };

    private static string[] QuarterNames(int count) => count switch
    {
        3 => TemporalNames.ShortQuarters,
        4 => TemporalNames.FullQuarters,
        _ => TemporalNames.NarrowQuarters,
    };
}
