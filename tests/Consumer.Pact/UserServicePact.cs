using ContractTesting;
using ContractTesting.PactFiles;

namespace Consumer.Pact;

/// <summary>The contract between OrderService (consumer) and UserService (provider), as every test here writes it.</summary>
internal static class UserServicePact
{
    public const string Consumer = "OrderService";

    public const string Provider = "UserService";

    /// <summary>UserService's timestamps: UTC to the whole second, with a <c>Z</c>.</summary>
    public const string IsoInstant = "yyyy-MM-dd'T'HH:mm:ssX";

    /// <summary>What an email address looks like, for matching UserService's examples.</summary>
    public const string EmailPattern = @"[^@\s]+@[^@\s]+\.[^@\s]+";

    /// <summary>
    /// The pact goes to pacts/ at the repository root. Each run starts the file afresh, so an interaction no test defines
    /// any more disappears from it; an unchanged suite writes the same bytes.
    /// </summary>
    public static ContractOptions Options { get; } = new() { FileMode = PactFileMode.FreshRun };

    /// <summary>The name of the test running now, recorded in the pact's V4 comments.</summary>
    public static string CurrentTest => TestContext.Current.Test?.TestDisplayName ?? "unknown test";
}
