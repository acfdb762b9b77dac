namespace ContractTesting.Tests.Support;

/// <summary>Throwaway values for tests whose outcome must not depend on them.</summary>
internal static class Some
{
    public static string String() => "s" + Guid.NewGuid().ToString("N")[..12];
}
