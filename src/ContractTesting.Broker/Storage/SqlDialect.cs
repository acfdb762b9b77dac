using System.Data.Common;

namespace ContractTesting.Broker.Storage;

/// <summary>
/// What differs between the database servers. Everything else (the queries, the stores) is written once in SQL that
/// SQLite and PostgreSQL both accept: <c>ON CONFLICT … DO NOTHING/UPDATE</c>, <c>LIMIT</c>, <c>COALESCE</c>.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The provider, for messages.</summary>
    public abstract BrokerDatabaseProvider Provider { get; }

    /// <summary>
    /// The SQL expression for a new version's <c>version_order</c>: a number greater than that of every version
    /// created before it (the creation sequence that "latest" means).
    /// </summary>
    public abstract string NextVersionOrder { get; }

    /// <summary>
    /// The condition that a value is in a list given as one parameter (an array): Dapper expands <c>IN @ids</c> for
    /// SQLite, while Npgsql takes the array as it is (<c>= ANY(@ids)</c>).
    /// </summary>
    public virtual string InList(string parameter) => $"IN {parameter}";

    /// <summary>A new, unopened connection.</summary>
    public abstract DbConnection CreateConnection();

    /// <summary>
    /// Starts the request's transaction. Writers take the write lock up front (SQLite <c>BEGIN IMMEDIATE</c>), so two
    /// writers never deadlock upgrading a read lock.
    /// </summary>
    public abstract Task<DbTransaction> BeginAsync(DbConnection connection, bool write, CancellationToken cancellationToken);

    /// <summary>
    /// Waits until this process may start a writing transaction, and returns what lets the next one in when
    /// disposed; <see langword="null"/> when the server itself lets writers run side by side.
    /// </summary>
    public virtual ValueTask<IDisposable?> AcquireWriterAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable?>(null);

    /// <summary>
    /// Whether the error is a conflict with a concurrent transaction that running the request again resolves:
    /// a unique key taken in the meantime, a serialization failure, a deadlock, a busy database.
    /// </summary>
    public abstract bool IsTransientConflict(Exception exception);

    /// <summary>
    /// Takes the lock that keeps two brokers from migrating one database at once; it is released with the
    /// migration's transaction.
    /// </summary>
    public abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);


    /// <summary>Prepares a new database file or connection before the first migration (e.g. SQLite's WAL mode).</summary>
    public abstract Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Brings the query planner's statistics up to date where the server does not do it by itself (SQLite); called at
    /// start-up and then periodically by <see cref="StatisticsService"/>.
    /// </summary>
    public virtual Task RefreshStatisticsAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The DDL of a migration with the dialect's column types in place of the placeholders <c>{id}</c> (an
    /// auto-increment 64-bit primary key), <c>{timestamp}</c>, <c>{bool}</c> and <c>{json}</c>.
    /// </summary>
    public string Ddl(string template) => template
        .Replace("{id}", IdentityColumn, StringComparison.Ordinal)
        .Replace("{timestamp}", TimestampType, StringComparison.Ordinal)
        .Replace("{bool}", BooleanType, StringComparison.Ordinal)
        .Replace("{json}", JsonType, StringComparison.Ordinal);

    /// <summary>An auto-increment 64-bit primary key column definition.</summary>
    protected abstract string IdentityColumn { get; }

    /// <summary>The type of a UTC point in time.</summary>
    protected abstract string TimestampType { get; }

    /// <summary>The type of a boolean.</summary>
    protected abstract string BooleanType { get; }

    /// <summary>The type of a JSON document kept as text.</summary>
    protected virtual string JsonType => "TEXT";
}
