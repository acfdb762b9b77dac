namespace ContractTesting.Broker.Storage;

/// <summary>
/// Keeps the query planner's statistics fresh as the history grows: once when the broker starts (after the
/// migrations) and then every hour. Only SQLite needs it; PostgreSQL's autovacuum analyses by itself.
/// </summary>
internal sealed partial class StatisticsService(SqlDialect dialect, ILogger<StatisticsService> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            do
            {
                try
                {
                    await dialect.RefreshStatisticsAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // Statistics only speed queries up; a failure to refresh them must not stop the broker.
                    LogRefreshFailed(logger, e);
                }

                await Task.Delay(Interval, stoppingToken).ConfigureAwait(false);
            }
            while (!stoppingToken.IsCancellationRequested);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing the database statistics failed; queries may be slower until the next attempt")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
