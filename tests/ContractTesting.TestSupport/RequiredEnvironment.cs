namespace ContractTesting.TestSupport;

/// <summary>
/// Tests that need something outside the repository (the shared conformance folder, the reference pact CLI, a database
/// server) check for it here: when it is missing the test is skipped with the reason, except under CI (<c>CI=true</c>),
/// where a missing environment is a failure.
/// </summary>
public static class RequiredEnvironment
{
    /// <summary>Whether the environment says this is a CI run (<c>CI=true</c>).</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test (or fails it under CI) unless <paramref name="available"/>.</summary>
    /// <param name="available">Whether what the test needs is there.</param>
    /// <param name="missing">What is missing and how to get it.</param>
    public static void Require(bool available, string missing)
    {
        if (available)
        {
            return;
        }

        if (IsCi)
        {
            Assert.Fail(missing + " CI=true, so this is a failure.");
        }

        Assert.Skip(missing);
    }
}
