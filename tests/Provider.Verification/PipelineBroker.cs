using ContractTesting.Broker;
using ContractTesting.BrokerClient;
using ContractTesting.PactFiles;

namespace Provider.Verification;

/// <summary>
/// The broker UserService's CI verifies against. In the pipeline (build.ps1, which sets <c>CONTRACTTESTING_PIPELINE=true</c>)
/// it is the one <c>PACT_BROKER_BASE_URL</c> names, holding the pacts the pipeline published, and the provider version
/// comes from <c>PACT_PROVIDER_VERSION</c> and <c>PACT_PROVIDER_BRANCH</c> (as the reference verifier reads them).
/// Anywhere else (so a developer's own broker settings are never published to by a test run) the test brings its
/// own: a broker in process on a fresh SQLite file, with OrderService's committed pact published to it.
/// </summary>
internal sealed class PipelineBroker : IAsyncDisposable
{
    private readonly RunningBroker? _own;
    private readonly string? _folder;

    private PipelineBroker(PactBrokerOptions options, string providerVersion, string providerBranch, RunningBroker? own, string? folder)
    {
        Options = options;
        ProviderVersion = providerVersion;
        ProviderBranch = providerBranch;
        _own = own;
        _folder = folder;
    }

    public PactBrokerOptions Options { get; }

    public string ProviderVersion { get; }

    public string ProviderBranch { get; }

    /// <summary>Whether this is the pipeline's broker (rather than one of the test's own).</summary>
    public bool IsPipeline => _own is null;

    public static async Task<PipelineBroker> ConnectAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable("CONTRACTTESTING_PIPELINE") == "true")
        {
            return new PipelineBroker(
                PactBrokerOptions.FromEnvironment(),
                Environment.GetEnvironmentVariable("PACT_PROVIDER_VERSION") is { Length: > 0 } version ? version
                    : throw new InvalidOperationException("In the pipeline, PACT_PROVIDER_VERSION must say which UserService version is verified."),
                Environment.GetEnvironmentVariable("PACT_PROVIDER_BRANCH") is { Length: > 0 } branch ? branch : "main",
                own: null,
                folder: null);
        }

        var folder = Directory.CreateTempSubdirectory("userservice-broker-").FullName;
        var broker = await BrokerApp.StartAsync(new BrokerOptions { ConnectionString = $"Data Source={Path.Combine(folder, "broker.sqlite")}" }, cancellationToken: cancellationToken);
        var options = new PactBrokerOptions { BaseUrl = broker.BaseAddress };
        await new PactBrokerClient(options).PublishContractsAsync(new ContractsPublication
        {
            PacticipantName = "OrderService",
            PacticipantVersion = "1.0.0",
            Branch = "main",
            Contracts = [ContractToPublish.From(PactFile.Read(OrderServicePact.File))],
        }, cancellationToken);
        return new PipelineBroker(options, "2.0.0", "main", broker, folder);
    }

    public async ValueTask DisposeAsync()
    {
        if (_own is not null)
        {
            await _own.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder!, recursive: true);
        }
    }
}
