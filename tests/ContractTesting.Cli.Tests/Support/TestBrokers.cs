using ContractTesting.Broker;

namespace ContractTesting.Cli.Tests.Support;

/// <summary>The real broker in process, on an SQLite file in a temporary folder.</summary>
internal sealed class TestBrokers : IAsyncDisposable
{
    private readonly TempFolder _folder;

    private TestBrokers(TempFolder folder, RunningBroker broker)
    {
        _folder = folder;
        Broker = broker;
    }

    public RunningBroker Broker { get; }

    public string Url => Broker.BaseAddress.AbsoluteUri;

    public static async Task<TestBrokers> StartAsync()
    {
        var folder = new TempFolder();
        var options = new BrokerOptions { ConnectionString = $"Data Source={Path.Combine(folder.Path, "broker.sqlite")}" };
        return new TestBrokers(folder, await BrokerApp.StartAsync(options, cancellationToken: TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync()
    {
        await Broker.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
