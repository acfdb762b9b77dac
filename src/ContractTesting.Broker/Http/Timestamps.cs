using System.Globalization;

namespace ContractTesting.Broker.Http;

/// <summary>Points in time as the Pact Broker writes them: XML Schema date-times in UTC to the second (<c>2024-05-01T10:15:30+00:00</c>).</summary>
internal static class Timestamps
{
    public static string Format(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
}
