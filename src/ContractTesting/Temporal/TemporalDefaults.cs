namespace ContractTesting.Temporal;

/// <summary>Formats Pact falls back to when a matching rule or generator does not give one.</summary>
internal static class TemporalDefaults
{
    internal const string DateFormat = "yyyy-MM-dd";

    internal const string TimeFormat = "HH:mm:ss";

    // Generators emit sub-second digits so that generated values look like real timestamps;
    // the compatibility suite expects at least one fraction digit.
    internal const string DateTimeGeneratorFormat = "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX";

    internal const string DateTimeMatcherFormat = "yyyy-MM-dd'T'HH:mm:ssXXX";
}
