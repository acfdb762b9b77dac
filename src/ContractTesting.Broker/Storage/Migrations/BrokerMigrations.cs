namespace ContractTesting.Broker.Storage.Migrations;

/// <summary>
/// Every migration, in order. A new schema change is a new file with the next number, added at the end here;
/// applied migrations are never edited.
/// </summary>
internal static class BrokerMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        Migration0001InitialSchema.Migration,
        Migration0002VersionOrderIndex.Migration,
        Migration0003LatestPactPublicationIdIndex.Migration,
    ];
}
