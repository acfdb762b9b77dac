namespace ContractTesting.Broker;

/// <summary>A broker started in this process by <see cref="BrokerApp.StartAsync"/>; disposing it stops it.</summary>
public sealed class RunningBroker : IAsyncDisposable
{
    private readonly WebApplication _app;

    internal RunningBroker(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Where it listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Its services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Stops it and releases the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
