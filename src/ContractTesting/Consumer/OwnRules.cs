using ContractTesting.Matching;

namespace ContractTesting.Consumer;

/// <summary>
/// Checks that an interaction's examples satisfy its own rules: an example that breaks its own rule would make the
/// provider's verification fail for the consumer's mistake.
/// </summary>
internal static class OwnRules
{
    /// <exception cref="InvalidOperationException">An example breaks its own rules; the message lists where.</exception>
    public static void Ensure(string description, params (string Part, MatchResult Result)[] checks)
    {
        var problems = checks.SelectMany(c => c.Result.Mismatches.Select(m => $"{c.Part} {m}")).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"In the interaction '{description}', an example does not satisfy its own matcher: {string.Join("; ", problems)}.");
        }
    }
}
