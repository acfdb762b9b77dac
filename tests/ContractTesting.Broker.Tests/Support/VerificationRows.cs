namespace ContractTesting.Broker.Tests.Support;

/// <summary>Verification results written straight into the database (their endpoint is another feature's).</summary>
public static class VerificationRows
{
    /// <summary>Adds the next numbered result for the consumer version's pact, by an existing provider version; returns its id.</summary>
    public static async Task<long> AddAsync(
        TestBroker broker, string consumer, string consumerVersion, string provider, string providerVersion, bool success)
    {
        var flag = success ? "TRUE" : "FALSE";
        await broker.ExecuteAsync($"""
            INSERT INTO verifications (number, success, provider_version_id, pact_version_id, consumer_id, provider_id, build_url,
                                       execution_date, wip, created_at)
            SELECT (SELECT COALESCE(MAX(x.number), 0) + 1 FROM verifications x WHERE x.pact_version_id = l.pact_version_id), {flag}, pv.id, l.pact_version_id, l.consumer_id, l.provider_id, 'https://ci/verify/1', CURRENT_TIMESTAMP, FALSE, CURRENT_TIMESTAMP
            FROM latest_pact_publication_ids_for_consumer_versions l
            JOIN versions cv ON cv.id = l.consumer_version_id
            JOIN pacticipants c ON c.id = l.consumer_id
            JOIN pacticipants p ON p.id = l.provider_id
            JOIN versions pv ON pv.pacticipant_id = p.id AND pv.number = '{providerVersion}'
            WHERE c.name = '{consumer}' AND cv.number = '{consumerVersion}' AND p.name = '{provider}'
            """);
        return await broker.ScalarAsync("SELECT MAX(id) FROM verifications");
    }
}
