namespace ContractTesting.Broker.Tests.Support;

/// <summary>
/// Checks that a broker database holds no half-written or contradictory rows: the SQLite file is intact, nothing is
/// orphaned, numbers and orders that must be unique are, and every derived table (the "latest" tables, branch heads,
/// integrations) agrees with the rows it is derived from.
/// </summary>
public static class StoreConsistency
{
    private static readonly (string Rule, string ViolationsSql)[] Rules =
    [
        ("every foreign key resolves (SQLite does not enforce what an interrupted writer left)",
            """
            SELECT (SELECT COUNT(*) FROM pact_publications pp WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.id = pp.consumer_version_id)
                                                                OR NOT EXISTS (SELECT 1 FROM pact_versions x WHERE x.id = pp.pact_version_id))
                 + (SELECT COUNT(*) FROM tags t WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.id = t.version_id))
                 + (SELECT COUNT(*) FROM branch_versions b WHERE NOT EXISTS (SELECT 1 FROM versions v WHERE v.id = b.version_id))
                 + (SELECT COUNT(*) FROM verifications r WHERE NOT EXISTS (SELECT 1 FROM pact_versions x WHERE x.id = r.pact_version_id))
            """),
        ("every pact content belongs to a publication",
            "SELECT COUNT(*) FROM pact_versions x WHERE NOT EXISTS (SELECT 1 FROM pact_publications pp WHERE pp.pact_version_id = x.id)"),
        ("version orders are unique",
            "SELECT COUNT(*) - COUNT(DISTINCT version_order) FROM versions"),
        ("tags and branch versions carry their version's order",
            """
            SELECT (SELECT COUNT(*) FROM tags t JOIN versions v ON v.id = t.version_id WHERE t.version_order <> v.version_order)
                 + (SELECT COUNT(*) FROM branch_versions b JOIN versions v ON v.id = b.version_id WHERE b.version_order <> v.version_order)
            """),
        ("each consumer version and provider has one latest publication: the highest revision",
            """
            SELECT (SELECT COUNT(*) FROM (SELECT DISTINCT consumer_version_id, provider_id FROM pact_publications) p)
                 - (SELECT COUNT(*) FROM latest_pact_publication_ids_for_consumer_versions l
                    JOIN pact_publications pp ON pp.id = l.pact_publication_id
                    WHERE pp.consumer_version_id = l.consumer_version_id AND pp.provider_id = l.provider_id
                      AND pp.pact_version_id = l.pact_version_id
                      AND pp.revision_number = (SELECT MAX(x.revision_number) FROM pact_publications x
                                                WHERE x.consumer_version_id = pp.consumer_version_id AND x.provider_id = pp.provider_id))
                 + ABS((SELECT COUNT(*) FROM latest_pact_publication_ids_for_consumer_versions)
                     - (SELECT COUNT(*) FROM (SELECT DISTINCT consumer_version_id, provider_id FROM pact_publications) p))
            """),
        ("revisions of a consumer version's pact are numbered 1 to n",
            """
            SELECT COUNT(*) FROM (SELECT consumer_version_id, provider_id FROM pact_publications GROUP BY consumer_version_id, provider_id
                                  HAVING MAX(revision_number) <> COUNT(*) OR MIN(revision_number) <> 1) g
            """),
        ("every published consumer and provider pair is an integration",
            """
            SELECT COUNT(*) FROM (SELECT DISTINCT consumer_id, provider_id FROM pact_publications) p
            WHERE NOT EXISTS (SELECT 1 FROM integrations i WHERE i.consumer_id = p.consumer_id AND i.provider_id = p.provider_id)
            """),
        ("verification results of a pact content are numbered 1 to n",
            """
            SELECT COUNT(*) FROM (SELECT pact_version_id FROM verifications GROUP BY pact_version_id
                                  HAVING MAX(number) <> COUNT(*) OR COUNT(DISTINCT number) <> COUNT(*) OR MIN(number) <> 1) g
            """),
        ("each pact content and provider version has one latest result: the newest",
            """
            SELECT (SELECT COUNT(*) FROM (SELECT DISTINCT pact_version_id, provider_version_id FROM verifications) p)
                 - (SELECT COUNT(*) FROM latest_verification_id_for_pact_version_and_provider_version l
                    WHERE l.verification_id = (SELECT MAX(v.id) FROM verifications v
                                               WHERE v.pact_version_id = l.pact_version_id AND v.provider_version_id = l.provider_version_id))
                 + ABS((SELECT COUNT(*) FROM latest_verification_id_for_pact_version_and_provider_version)
                     - (SELECT COUNT(*) FROM (SELECT DISTINCT pact_version_id, provider_version_id FROM verifications) p))
            """),
        ("each branch's head is its newest version",
            """
            SELECT (SELECT COUNT(*) FROM branches b WHERE NOT EXISTS (SELECT 1 FROM branch_heads h WHERE h.branch_id = b.id)
                                                      AND EXISTS (SELECT 1 FROM branch_versions bv WHERE bv.branch_id = b.id))
                 + (SELECT COUNT(*) FROM branch_heads h JOIN branch_versions bv ON bv.id = h.branch_version_id
                    WHERE bv.branch_id <> h.branch_id OR bv.version_id <> h.version_id
                       OR bv.version_order <> (SELECT MAX(x.version_order) FROM branch_versions x WHERE x.branch_id = h.branch_id))
            """),
    ];

    /// <summary>Fails with every rule the database breaks.</summary>
    public static async Task AssertConsistentAsync(TestDatabase database)
    {
        var broken = new List<string>();
        if (database.Provider == BrokerDatabaseProvider.Sqlite)
        {
            var integrity = await database.TextAsync("PRAGMA integrity_check");
            if (integrity != "ok")
            {
                broken.Add($"PRAGMA integrity_check: {integrity}");
            }

            if (await database.ScalarAsync("SELECT COUNT(*) FROM pragma_foreign_key_check") is var keys and > 0)
            {
                broken.Add($"PRAGMA foreign_key_check: {keys} rows");
            }
        }

        foreach (var (rule, sql) in Rules)
        {
            if (await database.ScalarAsync(sql) is var violations and not 0)
            {
                broken.Add($"{rule}: {violations} violations");
            }
        }

        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
    }
}
