namespace ContractTesting.Broker.Storage.Migrations;

/// <summary>Migrates the database when the broker starts, before it accepts requests.</summary>
internal sealed partial class MigrationService(MigrationRunner runner, TimeProvider time, ILogger<MigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await runner.MigrateAsync(time, cancellationToken).ConfigureAwait(false);
        if (applied.Count > 0)
        {
            LogApplied(logger, applied);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migrations {Versions}")]
    private static partial void LogApplied(ILogger logger, IReadOnlyList<int> versions);
}
