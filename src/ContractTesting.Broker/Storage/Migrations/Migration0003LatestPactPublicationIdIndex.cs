namespace ContractTesting.Broker.Storage.Migrations;

/// <summary>
/// An index on <c>latest_pact_publication_ids_for_consumer_versions.pact_publication_id</c>. Pacts for verification
/// reads the publications its selectors and work-in-progress heads picked by id (<c>PactStore.FindByPublicationIdsAsync</c>);
/// without an index on the column both servers read the whole table for it (one row per consumer version and
/// provider: 150,000 at 100,000 versions), PostgreSQL in a sequential scan and SQLite, once it has statistics,
/// through a plan that visits every pact content.
/// </summary>
internal static class Migration0003LatestPactPublicationIdIndex
{
    public static Migration Migration { get; } = new(3, "index on latest_pact_publication_ids_for_consumer_versions.pact_publication_id", """
        CREATE INDEX latest_pact_publications_publication ON latest_pact_publication_ids_for_consumer_versions (pact_publication_id);
        """);
}
