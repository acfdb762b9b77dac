using ContractTesting.Sources;
using ContractTesting.TestSupport;

namespace Provider.Verification;

/// <summary>The pact OrderService's consumer tests wrote (tests/Consumer.Pact), committed in pacts/.</summary>
internal static class OrderServicePact
{
    public const string Provider = "UserService";

    /// <summary>The pact file, relative to the repository root (as <c>[PactInteractions]</c> takes it).</summary>
    public const string RelativeFile = "pacts/OrderService-UserService.json";

    public static string File => Path.Combine(RepositoryLayout.Root, RelativeFile);

    public static IPactSource Source => PactSource.File(File);
}
