namespace ContractTesting.Consumer;

/// <summary>Finds the default pacts folder: <c>pacts/</c> in the nearest folder above the test's output that holds a solution or a git repository.</summary>
internal static class PactDirectory
{
    public static string Locate() => Locate(AppContext.BaseDirectory);

    /// <summary>The pacts folder for a test whose output is in <paramref name="start"/>.</summary>
    public static string Locate(string start) => FindRoot(start) is { } root
        ? Path.Combine(root, "pacts")
        : throw new InvalidOperationException(
            $"No solution file or git repository was found above '{start}' to put the pacts folder in; set ContractOptions.PactDirectory.");

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds a solution or a git repository, or null.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            // In a git worktree or submodule, .git is a file that points at the repository, not a folder.
            if (dir.EnumerateFiles("*.sln").Any() || dir.EnumerateFiles("*.slnx").Any() || Path.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
