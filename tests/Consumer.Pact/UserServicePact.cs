using ContractTesting;
using ContractTesting.PactFiles;

namespace Consumer.Pact;

/// <summary>The contract between OrderService (consumer) and UserService (provider), as every test here writes it.</summary>
internal static class UserServicePact
{
    public const string Consumer = "OrderService";

    public const string Provider = "UserService";

    /// <summary>
    /// The pact goes to pacts/ at the repository root. Each run starts the file afresh, so an interaction no test defines
    /// any more disappears from it; an unchanged suite writes the same bytes.
    /// </summary>
    public static ContractOptions Options { get; } = new() { FileMode = PactFileMode.FreshRun };

    /// <summary>The name of the test running now, recorded in the pact's V4 comments.</summary>
    public static string CurrentTest => TestContext.Current.Test?.TestDisplayName ?? "unknown test";
}
