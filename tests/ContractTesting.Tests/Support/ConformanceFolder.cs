namespace ContractTesting.Tests.Support;

/// <summary>
/// Finds the shared conformance material (<c>../shared/conformance</c> beside the repository). Tests that need it call
/// <see cref="RequireFolder"/>: outside CI a missing folder skips the test with the reason; with <c>CI=true</c> it fails.
/// </summary>
internal static class ConformanceFolder
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The repository root (the folder holding ContractTesting.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The conformance folder, or <see langword="null"/> when it is not there.</summary>
    public static string? Folder => Root.Value;

    /// <summary>Whether the environment says this is a CI run (<c>CI=true</c>).</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The conformance folder; skips the calling test when it is missing (fails under CI).</summary>
    public static string RequireFolder()
    {
        if (Folder is { } folder)
        {
            return folder;
        }

        var reason = $"The conformance material is missing: expected '{ExpectedPath}' (the shared/ folder beside the repository).";
        if (IsCi)
        {
            Assert.Fail(reason + " CI=true, so this is a failure.");
        }

        Assert.Skip(reason);
        return string.Empty;
    }

    /// <summary>The path of a file under the conformance folder (skips or fails like <see cref="RequireFolder"/>).</summary>
    public static string PathOf(params string[] parts) => Path.Combine([RequireFolder(), .. parts]);

    private static string ExpectedPath => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "conformance"));

    private static string? Locate() => Directory.Exists(ExpectedPath) ? ExpectedPath : null;

    private static string FindRepositoryRoot()
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
