namespace ContractTesting.Broker.Tests.Support;

/// <summary>The stores every API test runs on.</summary>
public static class Stores
{
    public static TheoryData<BrokerDatabaseProvider> All => [BrokerDatabaseProvider.Sqlite, BrokerDatabaseProvider.PostgreSql];
}
