using System.Reflection;

namespace ContractTesting.BrokerClient;

/// <summary>This library's version as the broker is told it (User-Agent, <c>verifiedBy</c>): the informational version without build metadata.</summary>
internal static class ClientVersion
{
    public const string Implementation = "ContractTesting";

    public static string Version { get; } = Read();

    private static string Read()
    {
        var assembly = typeof(ClientVersion).Assembly;
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        if (informational is { Length: > 0 })
        {
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }

        return assembly.GetName().Version is { } version ? $"{version.Major}.{version.Minor}.{Math.Max(version.Build, 0)}" : "0.0.0";
    }
}
