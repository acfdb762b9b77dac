namespace ContractTesting.Broker.Tests.Support;

/// <summary>Deployments written straight into the database (the environment endpoints are another feature's).</summary>
public static class EnvironmentRows
{
    /// <summary>Marks an existing version as currently deployed to an environment (created when missing).</summary>
    public static async Task DeployAsync(TestBroker broker, string pacticipant, string version, string environment)
    {
        var uuid = Guid.NewGuid().ToString();
        await broker.ExecuteAsync($"""
            INSERT INTO environments (uuid, name, production, created_at, updated_at)
            SELECT '{Guid.NewGuid()}', '{environment}', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
            WHERE NOT EXISTS (SELECT 1 FROM environments WHERE name = '{environment}')
            """);
        await broker.ExecuteAsync($"""
            INSERT INTO deployed_versions (uuid, version_id, pacticipant_id, environment_id, target_for_index, auto_created, created_at, updated_at)
            SELECT '{uuid}', v.id, v.pacticipant_id, e.id, '', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
            FROM versions v JOIN pacticipants p ON p.id = v.pacticipant_id, environments e
            WHERE p.name = '{pacticipant}' AND v.number = '{version}' AND e.name = '{environment}'
            """);
        await broker.ExecuteAsync($"""
            INSERT INTO currently_deployed_version_ids (pacticipant_id, environment_id, target_for_index, deployed_version_id, version_id)
            SELECT d.pacticipant_id, d.environment_id, '', d.id, d.version_id FROM deployed_versions d WHERE d.uuid = '{uuid}'
            """);
    }
}
