namespace ContractTesting.TestSupport;

/// <summary>Where things are in the repository, found from the test's output folder.</summary>
public static class RepositoryLayout
{
    /// <summary>The repository root (the folder holding ContractTesting.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The committed pacts folder.</summary>
    public static string Pacts => Path.Combine(Root, "pacts");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ContractTesting.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ContractTesting.sln was not found above '{AppContext.BaseDirectory}'.");
    }
}
