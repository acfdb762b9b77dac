using System.Data.Common;
using Dapper;

namespace ContractTesting.Broker.Storage;

/// <summary>
/// The database transaction of one request. It opens on first use (a request that needs no data never touches the
/// database) and is committed by <see cref="Http.TransactionFilter"/> only when the handler succeeded; on any failure it
/// is rolled back, so a request leaves either all of its writes or none.
/// </summary>
internal sealed class BrokerSession(SqlDialect dialect) : IAsyncDisposable
{
    private DbConnection? _connection;
    private DbTransaction? _transaction;
    private IDisposable? _writerLease;
    private List<Action>? _afterCommit;

    /// <summary>Whether the request writes; set before the first use. Writers take the write lock up front.</summary>
    public bool Write { get; set; }

    /// <summary>The dialect, for the few statements that differ between servers.</summary>
    public SqlDialect Dialect => dialect;

    /// <summary>Whether a transaction is open.</summary>
    public bool IsOpen => _transaction is not null;

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var transaction = await TransactionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await transaction.Connection!.QueryAsync<T>(Command(sql, parameters, transaction, cancellationToken)).ConfigureAwait(false);
        return rows.AsList();
    }

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var transaction = await TransactionAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.Connection!.QuerySingleOrDefaultAsync<T>(Command(sql, parameters, transaction, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<T> QuerySingleAsync<T>(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var transaction = await TransactionAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.Connection!.QuerySingleAsync<T>(Command(sql, parameters, transaction, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var transaction = await TransactionAsync(cancellationToken).ConfigureAwait(false);
        return await transaction.Connection!.ExecuteAsync(Command(sql, parameters, transaction, cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the current transaction has committed, and never when it is rolled back
    /// (work that starts something outside the database, such as sending webhooks, must not see a write that is lost).
    /// </summary>
    public void OnCommitted(Action action) => (_afterCommit ??= []).Add(action);

    /// <summary>Commits the transaction, if one was opened, closes the connection and runs the <see cref="OnCommitted"/> actions.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        await CloseAsync().ConfigureAwait(false);
        var actions = _afterCommit;
        _afterCommit = null;
        foreach (var action in actions ?? [])
        {
            action();
        }
    }

    /// <summary>Rolls the transaction back, if one was opened, and closes the connection; the session can be used again.</summary>
    public async Task RollbackAsync()
    {
        _afterCommit = null;
        if (_transaction is not null)
        {
            try
            {
                await _transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (DbException)
            {
                // The connection broke; the server drops the transaction with it.
            }
        }

        await CloseAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => new(RollbackAsync());

    private static CommandDefinition Command(string sql, object? parameters, DbTransaction transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    private async Task<DbTransaction> TransactionAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            return _transaction;
        }

        if (Write)
        {
            _writerLease = await dialect.AcquireWriterAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = dialect.CreateConnection();
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            _transaction = await dialect.BeginAsync(connection, Write, cancellationToken).ConfigureAwait(false);
            _connection = connection;
            return _transaction;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            ReleaseWriter();
            throw;
        }
    }

    private async Task CloseAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync().ConfigureAwait(false);
            _transaction = null;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }

        ReleaseWriter();
    }

    private void ReleaseWriter()
    {
        _writerLease?.Dispose();
        _writerLease = null;
    }
}
