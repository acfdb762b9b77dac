using Dapper;

namespace ContractTesting.Broker.Storage.Migrations;

/// <summary>
/// Brings a database up to the newest schema. All pending migrations run in one transaction that first takes the
/// dialect's migration lock, so two brokers starting at once on one database apply each migration exactly once:
/// the second waits, then finds nothing left to do.
/// </summary>
internal sealed class MigrationRunner(SqlDialect dialect, IReadOnlyList<Migration> migrations)
{
    /// <summary>Applies the pending migrations and returns the versions it applied (empty when the schema was current).</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(TimeProvider time, CancellationToken cancellationToken)
    {
        await using var connection = dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await dialect.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var transaction = await dialect.BeginAsync(connection, write: true, cancellationToken).ConfigureAwait(false);
        await dialect.LockForMigrationAsync(connection, transaction, cancellationToken).ConfigureAwait(false);

        await connection.ExecuteAsync(new CommandDefinition(
            dialect.Ddl("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at {timestamp} NOT NULL)"),
            transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_migrations", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)).ToHashSet();

        var done = new List<int>();
        foreach (var migration in migrations.OrderBy(m => m.Version).Where(m => !applied.Contains(m.Version)))
        {
            foreach (var statement in migration.Statements(dialect))
            {
                await connection.ExecuteAsync(new CommandDefinition(statement, transaction: transaction, cancellationToken: cancellationToken))
                    .ConfigureAwait(false);
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { migration.Version, migration.Name, AppliedAt = time.GetUtcNow() },
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            done.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return done;
    }
}
