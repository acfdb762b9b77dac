namespace ContractTesting.Temporal;

/// <summary>English names used for text fields; Pact patterns are always rendered and read in English.</summary>
internal static class TemporalNames
{
    internal static readonly string[] ShortMonths =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    internal static readonly string[] FullMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    // Index 0 is Monday so that ISO day numbers (1 = Monday) are index + 1.
    internal static readonly string[] ShortDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    internal static readonly string[] FullDays =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    internal static readonly string[] ShortQuarters = ["Q1", "Q2", "Q3", "Q4"];

    internal static readonly string[] FullQuarters = ["1st quarter", "2nd quarter", "3rd quarter", "4th quarter"];

    internal static readonly string[] NarrowQuarters = ["1", "2", "3", "4"];

    // Index 0 is BC and 1 is AD, matching the era numbers of the ISO calendar.
    internal static readonly string[] ShortEras = ["BC", "AD"];

    internal static readonly string[] FullEras = ["Before Christ", "Anno Domini"];

    internal static readonly string[] NarrowEras = ["B", "A"];

    internal static readonly string[] AmPm = ["AM", "PM"];

    internal static string Narrow(string name) => name[..1];
}
