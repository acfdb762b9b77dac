namespace ContractTesting.Temporal;

/// <summary>
/// Time-zone names accepted by the <c>z</c> pattern letter. Java resolves these from the JDK's locale
/// data; a fixed list of the common English names keeps matching independent of the host's time-zone database.
/// </summary>
internal static class ZoneNames
{
    internal const string UtcAbbreviation = "UTC";

    internal const string UtcFullName = "Coordinated Universal Time";

    private static readonly string[] Abbreviations =
    [
        "UTC", "GMT", "UT", "Z", "Zulu",
        "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AKST", "AKDT", "HST", "HDT",
        "AST", "ADT", "NST", "NDT", "SST", "ChST",
        "WET", "WEST", "CET", "CEST", "MET", "MEST", "EET", "EEST", "BST", "IST", "MSK", "TRT",
        "SAST", "CAT", "EAT", "WAT", "WAST",
        "GST", "IRST", "IRDT", "AFT", "PKT", "NPT", "BDT", "MMT", "ICT", "WIB", "WITA", "WIT",
        "HKT", "SGT", "MYT", "PHT", "PHST", "JST", "KST", "CCT",
        "AWST", "ACST", "ACDT", "AEST", "AEDT", "LHST", "LHDT", "NZST", "NZDT", "CHAST", "CHADT",
        "ART", "BRT", "BRST", "CLT", "CLST", "COT", "PET", "VET", "UYT", "PYT", "BOT", "ECT", "GFT",
    ];

    private static readonly string[] FullNames =
    [
        UtcFullName,
        "Greenwich Mean Time",
        "Eastern Standard Time", "Eastern Daylight Time",
        "Central Standard Time", "Central Daylight Time",
        "Mountain Standard Time", "Mountain Daylight Time",
        "Pacific Standard Time", "Pacific Daylight Time",
        "Alaska Standard Time", "Alaska Daylight Time",
        "Hawaii-Aleutian Standard Time", "Hawaii-Aleutian Daylight Time",
        "Atlantic Standard Time", "Atlantic Daylight Time",
        "Newfoundland Standard Time", "Newfoundland Daylight Time",
        "Western European Standard Time", "Western European Summer Time",
        "Central European Standard Time", "Central European Summer Time",
        "Eastern European Standard Time", "Eastern European Summer Time",
        "British Summer Time", "Irish Standard Time", "Moscow Standard Time",
        "South Africa Standard Time", "Central Africa Time", "East Africa Time", "West Africa Standard Time",
        "Gulf Standard Time", "India Standard Time", "China Standard Time", "Hong Kong Standard Time",
        "Singapore Standard Time", "Japan Standard Time", "Korean Standard Time",
        "Australian Western Standard Time", "Australian Central Standard Time", "Australian Central Daylight Time",
        "Australian Eastern Standard Time", "Australian Eastern Daylight Time",
        "New Zealand Standard Time", "New Zealand Daylight Time",
        "Argentina Standard Time", "Brasilia Standard Time", "Chile Standard Time", "Chile Summer Time",
    ];

    // Declared after the source lists because static initializers run in textual order.
    // Longest names first so the matcher tries the most specific name before a shorter prefix.
    internal static readonly string[] All = Build();

    private static string[] Build()
    {
        var names = new List<string>(Abbreviations.Length + FullNames.Length);
        names.AddRange(Abbreviations);
        names.AddRange(FullNames);
        names.Sort((left, right) => right.Length.CompareTo(left.Length));
        return [.. names];
    }
}
