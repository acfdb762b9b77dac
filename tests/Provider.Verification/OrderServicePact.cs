using ContractTesting.Sources;
using ContractTesting.TestSupport;

namespace Provider.Verification;

/// <summary>The pact OrderService's consumer tests wrote (tests/Consumer.Pact), committed in pacts/.</summary>
internal static class OrderServicePact
{
    public const string Provider = "UserService";

    public static string File => Path.Combine(RepositoryLayout.Pacts, "OrderService-UserService.json");

    public static IPactSource Source => PactSource.File(File);
}
