using System.Globalization;

namespace ContractTesting.Models;

/// <summary>Conversions between <see cref="PactSpecification"/> and the version strings written in pact files.</summary>
public static class PactSpecificationExtensions
{
    /// <summary>The version string written to <c>metadata.pactSpecification.version</c> ("1.0.0" … "4.0").</summary>
    public static string ToVersionString(this PactSpecification specification) => specification switch
    {
        PactSpecification.V1 => "1.0.0",
        PactSpecification.V1Point1 => "1.1.0",
        PactSpecification.V2 => "2.0.0",
        PactSpecification.V3 => "3.0.0",
        _ => "4.0",
    };

    /// <summary>
    /// Reads a version string such as "3.0.0", "v3", "4.0" or "1.1". Only the major and minor numbers count.
    /// </summary>
    /// <returns><see langword="false"/> when the text names no known version.</returns>
    public static bool TryParse(string? version, out PactSpecification specification)
    {
        specification = PactSpecification.V4;
        if (string.IsNullOrWhiteSpace(version))
        {
            return false;
        }

        var parts = version.Trim().TrimStart('v', 'V').Split('.');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major))
        {
            return false;
        }

        var minor = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        PactSpecification? found = (major, minor) switch
        {
            (1, 0) => PactSpecification.V1,
            (1, _) => PactSpecification.V1Point1,
            (2, _) => PactSpecification.V2,
            (3, _) => PactSpecification.V3,
            (4, _) => PactSpecification.V4,
            _ => null,
        };
        specification = found ?? PactSpecification.V4;
        return found is not null;
    }
}
