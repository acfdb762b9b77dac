using ContractTesting.Broker.Storage;

namespace ContractTesting.Broker.Pacticipants;

/// <summary>Reads and writes <c>pacticipants</c>. Names are case-sensitive, as in the Pact Broker.</summary>
internal sealed class PacticipantStore(BrokerSession session, TimeProvider time)
{
    private const string Columns = "id, name, display_name, main_branch, repository_url, repository_name, repository_namespace, created_at, updated_at";

    public Task<PacticipantRow?> FindAsync(string name, CancellationToken cancellationToken) =>
        session.QuerySingleOrDefaultAsync<PacticipantRow>($"SELECT {Columns} FROM pacticipants WHERE name = @name", new { name }, cancellationToken);

    public Task<IReadOnlyList<PacticipantRow>> ListAsync(CancellationToken cancellationToken) =>
        session.QueryAsync<PacticipantRow>($"SELECT {Columns} FROM pacticipants ORDER BY LOWER(name), name", null, cancellationToken);

    /// <summary>The consumers that have a pact with the provider, by name.</summary>
    public Task<IReadOnlyList<PacticipantRow>> ConsumersOfAsync(long providerId, CancellationToken cancellationToken) =>
        session.QueryAsync<PacticipantRow>(
            $"SELECT {Columns} FROM pacticipants WHERE id IN (SELECT consumer_id FROM integrations WHERE provider_id = @providerId) ORDER BY LOWER(name), name",
            new { providerId }, cancellationToken);

    /// <summary>The pacticipant, created with only its name when there is none (also when a concurrent request creates it first).</summary>
    public async Task<PacticipantRow> FindOrCreateAsync(string name, CancellationToken cancellationToken)
    {
        if (await FindAsync(name, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return existing;
        }

        var now = time.GetUtcNow();
        await session.ExecuteAsync(
            "INSERT INTO pacticipants (name, created_at, updated_at) VALUES (@name, @now, @now) ON CONFLICT (name) DO NOTHING",
            new { name, now }, cancellationToken).ConfigureAwait(false);
        return await FindAsync(name, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Pacticipant '{name}' was neither found nor created.");
    }

    /// <summary>Creates the pacticipant or changes the given properties; returns it and whether it was created.</summary>
    public async Task<(PacticipantRow Row, bool Created)> SaveAsync(string name, PacticipantChanges changes, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(name, cancellationToken).ConfigureAwait(false);
        var row = existing ?? await FindOrCreateAsync(name, cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            """
            UPDATE pacticipants
            SET display_name = @DisplayName, main_branch = @MainBranch, repository_url = @RepositoryUrl,
                repository_name = @RepositoryName, repository_namespace = @RepositoryNamespace, updated_at = @UpdatedAt
            WHERE id = @Id
            """,
            new
            {
                row.Id,
                DisplayName = changes.Get("displayName", row.DisplayName),
                MainBranch = changes.Get("mainBranch", row.MainBranch),
                RepositoryUrl = changes.Get("repositoryUrl", row.RepositoryUrl),
                RepositoryName = changes.Get("repositoryName", row.RepositoryName),
                RepositoryNamespace = changes.Get("repositoryNamespace", row.RepositoryNamespace),
                UpdatedAt = existing is null ? row.UpdatedAt : time.GetUtcNow(),
            },
            cancellationToken).ConfigureAwait(false);
        return (await FindAsync(name, cancellationToken).ConfigureAwait(false) ?? row, existing is null);
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken) =>
        await session.ExecuteAsync("DELETE FROM pacticipants WHERE id = @id", new { id }, cancellationToken).ConfigureAwait(false) > 0;
}
