using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ContractTesting.Broker.Storage;

/// <summary>SQLite: one file, WAL mode (readers never wait for the writer), writers serialised by <c>BEGIN IMMEDIATE</c>.</summary>
internal sealed class SqliteDialect : SqlDialect, IDisposable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _writers = new(1, 1);

    public SqliteDialect(string connectionString)
    {
        DapperConfiguration.EnsureConfigured();
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            Pooling = true,
        };

        // A waiting writer retries for this long (Microsoft.Data.Sqlite retries SQLITE_BUSY until the command timeout).
        if (builder.DefaultTimeout < 60)
        {
            builder.DefaultTimeout = 60;
        }

        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    /// <summary>The database file.</summary>
    public string DataSource { get; }

    public override BrokerDatabaseProvider Provider => BrokerDatabaseProvider.Sqlite;

    // Writers hold the file's write lock from BEGIN IMMEDIATE on, so reading the maximum here cannot race.
    public override string NextVersionOrder => "(SELECT COALESCE(MAX(version_order), 0) + 1 FROM versions)";

    protected override string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    protected override string TimestampType => "TEXT";

    protected override string BooleanType => "INTEGER";

    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    // Microsoft.Data.Sqlite runs every call synchronously; deferred: false is BEGIN IMMEDIATE.
    public override Task<DbTransaction> BeginAsync(DbConnection connection, bool write, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(System.Data.IsolationLevel.Serializable, deferred: !write));

    // SQLite has one writer at a time. Writers of this process queue here, without holding a thread, instead of
    // polling the file lock; other processes on the same file still meet the busy timeout.
    public override async ValueTask<IDisposable?> AcquireWriterAsync(CancellationToken cancellationToken)
    {
        await _writers.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriterLease(_writers);
    }

    public override bool IsTransientConflict(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    public override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask; // The migration transaction is BEGIN IMMEDIATE: it holds the file's write lock.


    // Without statistics SQLite guesses, and with a long history it guesses badly (the pacts-for-verification
    // selections walk every latest publication of a provider). PRAGMA optimize analyses the tables whose size changed
    // enough since the last time, reading at most analysis_limit rows of each index, so it stays cheap. It writes
    // sqlite_stat1, so it takes this process's writer turn.
    public override async Task RefreshStatisticsAsync(CancellationToken cancellationToken)
    {
        using var lease = await AcquireWriterAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA analysis_limit = 1000; PRAGMA optimize = 0x10002;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(DataSource)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _writers.Dispose();

    private sealed class WriterLease(SemaphoreSlim writers) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                writers.Release();
            }
        }
    }
}
