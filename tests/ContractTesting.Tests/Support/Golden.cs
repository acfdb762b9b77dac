using System.Text;

namespace ContractTesting.Tests.Support;

/// <summary>
/// Compares text with a golden file under data/. Set <c>UPDATE_GOLDEN=1</c> to rewrite the golden files in the source
/// tree after a deliberate change, then review the diff before committing.
/// </summary>
internal static class Golden
{
    public static void Verify(string relativePath, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(ConformanceFolder.RepositoryRoot, "tests", "ContractTesting.Tests", "data", relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual, new UTF8Encoding(false));
            return;
        }

        var path = TestFiles.DataPath(relativePath);
        Assert.True(File.Exists(path), $"The golden file {relativePath} is missing; run the tests with UPDATE_GOLDEN=1 to create it, then review it.");
        Assert.Equal(File.ReadAllText(path, Encoding.UTF8), actual);
    }
}
