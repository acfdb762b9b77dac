using System.Text.Json;
using ContractTesting.Broker;
using ContractTesting.Broker.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ContractTesting.BrokerBench;

/// <summary>
/// One run on one database: get the seeded history (see <see cref="SeedFile"/>) into a new database unless it is there
/// already, start the broker on 127.0.0.1 (which migrates the database), then measure over HTTP: pacts for verification, can-i-deploy with one and with
/// two selectors, and publishing, one at a time and from several clients. Prints the figures as one JSON line.
/// </summary>
internal static class BrokerBenchRun
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<int> RunAsync(BrokerDatabaseProvider provider, HistoryShape shape, string folder, RunFlags flags)
    {
        var cancellationToken = CancellationToken.None;
        var database = await BenchDatabase.OpenAsync(provider, shape, folder, flags.Reuse);
        var settings = BenchSettings.For(shape);
        try
        {
            double? seedSeconds = null;
            double? copySeconds = null;
            if (!database.Exists)
            {
                (var seed, seedSeconds) = await SeedFile.EnsureAsync(shape, folder, cancellationToken);
                if (provider == BrokerDatabaseProvider.Sqlite)
                {
                    File.Copy(seed, database.Location);
                }
            }

            var options = new BrokerOptions { DatabaseProvider = provider, ConnectionString = database.ConnectionString };
            await using var broker = await BrokerApp.StartAsync(options, cancellationToken: cancellationToken);
            var dialect = broker.Services.GetRequiredService<SqlDialect>();
            if (!database.Exists && provider == BrokerDatabaseProvider.PostgreSql)
            {
                Console.Error.WriteLine("Copying the history into PostgreSQL...");
                copySeconds = await HistoryCopier.CopyAsync(SeedFile.PathFor(shape, folder), database.ConnectionString, cancellationToken);
            }

            await database.AnalyzeAsync();
            if (flags.SeedOnly)
            {
                return 0;
            }

            var history = await SeededHistory.ReadAsync(dialect, cancellationToken);
            using var client = new BrokerClient(broker.BaseAddress);
            var queries = new QueryBench(client, shape, settings);

            Console.Error.WriteLine("Pacts for verification...");
            var forVerification = await queries.ForVerificationAsync(cancellationToken);
            Console.Error.WriteLine("can-i-deploy...");
            var canIDeploy = await queries.CanIDeployAsync(twoSelectors: false, cancellationToken);
            var canIDeployTwo = await queries.CanIDeployAsync(twoSelectors: true, cancellationToken);

            Console.Error.WriteLine("Publishing...");
            var publish = new PublishBench(client, shape);
            var firstStep = shape.Steps + (int)((history.Rows["versions"] - shape.Versions) / shape.Consumers) + 1;
            var sequential = await publish.RunAsync(firstStep, settings.SequentialPublishes, 1, cancellationToken);
            firstStep += publish.Steps(settings.SequentialPublishes);
            var concurrent = await publish.RunAsync(firstStep, settings.ConcurrentPublishes, settings.Concurrency, cancellationToken);

            var result = new
            {
                database = provider.ToString(),
                shape = shape.Name,
                seedSeconds,
                copySeconds,
                rows = history.Rows,
                forVerification,
                canIDeploy,
                canIDeployTwoSelectors = canIDeployTwo,
                matrixMissing = canIDeploy is null ? "GET /matrix answered 404: this build has no matrix endpoint" : null,
                publishSequential = sequential,
                publishConcurrent = concurrent,
            };
            Console.WriteLine(JsonSerializer.Serialize(result, Json));
            return 0;
        }
        finally
        {
            if (flags.Keep || flags.SeedOnly)
            {
                Console.Error.WriteLine($"Kept the database: {database.Location}");
            }
            else
            {
                await database.DropAsync();
            }
        }
    }
}
