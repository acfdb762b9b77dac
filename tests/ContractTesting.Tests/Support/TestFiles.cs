namespace ContractTesting.Tests.Support;

/// <summary>Locates sample files: our own under data/ and the shared Pact compatibility-suite fixtures.</summary>
internal static class TestFiles
{
    public static byte[] Data(string name) => File.ReadAllBytes(DataPath(name));

    public static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    public static byte[] Fixture(string name) => File.ReadAllBytes(FixturePath(name));

    public static string FixturePath(string name) => ConformanceFolder.PathOf("pact-compatibility-suite", "fixtures", name);
}
