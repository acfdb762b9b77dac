using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Environments;

/// <summary>Reads and writes <c>environments</c>. Names are unique (case-sensitive, as in the Pact Broker).</summary>
internal sealed class EnvironmentStore(BrokerSession session, TimeProvider time)
{
    private const string Select = "SELECT id, uuid, name, display_name, production, contacts, created_at, updated_at FROM environments";

    public Task<IReadOnlyList<EnvironmentRow>> ListAsync(CancellationToken cancellationToken) =>
        session.QueryAsync<EnvironmentRow>($"{Select} ORDER BY LOWER(name)", null, cancellationToken);

    public Task<EnvironmentRow?> FindAsync(string uuid, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<EnvironmentRow>($"{Select} WHERE uuid = @uuid", new { uuid }, cancellationToken);

    public Task<EnvironmentRow?> FindByIdAsync(long id, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<EnvironmentRow>($"{Select} WHERE id = @id", new { id }, cancellationToken);

    public Task<EnvironmentRow?> FindByNameAsync(string name, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<EnvironmentRow>($"{Select} WHERE name = @name", new { name }, cancellationToken);

    /// <summary>
    /// Creates an environment with a new UUID. A concurrent creation of the same name fails on the unique key and the
    /// request is run again, when the name check refuses it.
    /// </summary>
    public async Task<EnvironmentRow> CreateAsync(EnvironmentFields fields, CancellationToken cancellationToken)
    {
        var uuid = Guid.NewGuid().ToString();
        var now = time.GetUtcNow();
        await session.ExecuteAsync(
            """
            INSERT INTO environments (uuid, name, display_name, production, contacts, created_at, updated_at)
            VALUES (@uuid, @Name, @DisplayName, @Production, @Contacts, @now, @now)
            """,
            new { uuid, fields.Name, fields.DisplayName, fields.Production, fields.Contacts, now }, cancellationToken).ConfigureAwait(false);
        return await FindAsync(uuid, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Environment '{fields.Name}' was not created.");
    }

    /// <summary>Replaces every property of the environment (PUT).</summary>
    public async Task<EnvironmentRow> ReplaceAsync(EnvironmentRow existing, EnvironmentFields fields, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            """
            UPDATE environments SET name = @Name, display_name = @DisplayName, production = @Production, contacts = @Contacts, updated_at = @now
            WHERE id = @id
            """,
            new { id = existing.Id, fields.Name, fields.DisplayName, fields.Production, fields.Contacts, now = time.GetUtcNow() },
            cancellationToken).ConfigureAwait(false);
        return await FindByIdAsync(existing.Id, cancellationToken).ConfigureAwait(false) ?? existing;
    }

    /// <summary>Deletes the environment and, with it, its deployments and releases.</summary>
    public async Task DeleteAsync(long id, CancellationToken cancellationToken) =>
        await session.ExecuteAsync("DELETE FROM environments WHERE id = @id", new { id }, cancellationToken).ConfigureAwait(false);
}
