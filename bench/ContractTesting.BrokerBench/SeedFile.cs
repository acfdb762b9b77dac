using ContractTesting.Broker.Storage;
using ContractTesting.Broker.Storage.Migrations;
using Microsoft.Data.Sqlite;

namespace ContractTesting.BrokerBench;

/// <summary>
/// The seeded history of a shape, kept as an SQLite file in the work folder (<c>broker_bench_{shape}.seeded.sqlite</c>):
/// made once through the broker's stores, then copied for each run, as the file of the SQLite run and row by row into
/// the PostgreSQL database, so both servers measure the same history and seeding is paid once.
/// </summary>
internal static class SeedFile
{
    public static string PathFor(HistoryShape shape, string folder) => Path.GetFullPath(Path.Combine(folder, $"broker_bench_{shape.Name}.seeded.sqlite"));

    /// <summary>The seed file, made now if there is none; the seconds seeding took (null when it was there already).</summary>
    public static async Task<(string File, double? Seconds)> EnsureAsync(HistoryShape shape, string folder, CancellationToken cancellationToken)
    {
        var file = PathFor(shape, folder);
        if (File.Exists(file))
        {
            return (file, null);
        }

        Directory.CreateDirectory(folder);
        var making = file + ".part";
        File.Delete(making);
        Console.Error.WriteLine($"Seeding {shape.Versions:N0} versions and {shape.Verifications:N0} verification results through the broker's stores...");
        double seconds;
        using (var dialect = new SqliteDialect($"Data Source={making}"))
        {
            await new MigrationRunner(dialect, BrokerMigrations.All).MigrateAsync(TimeProvider.System, cancellationToken);
            seconds = await new HistorySeeder(dialect, shape).SeedAsync(cancellationToken);
        }

        // Closing the last connection checkpoints the write-ahead log into the file, so the file alone is the history.
        SqliteConnection.ClearAllPools();
        File.Move(making, file);
        Console.Error.WriteLine($"Seeded in {seconds:N0} s.");
        return (file, seconds);
    }
}
