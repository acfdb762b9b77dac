namespace ContractTesting.Consumer;

/// <summary>Finds the default pacts folder: <c>pacts/</c> in the nearest folder above the test's output that holds a solution or a git repository.</summary>
internal static class PactDirectory
{
    public static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.sln").Any() || dir.EnumerateFiles("*.slnx").Any() || Directory.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return Path.Combine(dir.FullName, "pacts");
            }
        }

        throw new InvalidOperationException(
            $"No solution file or git repository was found above '{AppContext.BaseDirectory}' to put the pacts folder in; set ContractOptions.PactDirectory.");
    }
}
