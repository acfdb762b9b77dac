using ContractTesting.Broker.Http;
using ContractTesting.Broker.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ContractTesting.Broker;

/// <summary>
/// The broker as an ASP.NET Core application: built from <see cref="BrokerOptions"/> (or from configuration), to run
/// on its own (<c>dotnet run --project src/ContractTesting.Broker -- --urls http://127.0.0.1:9292</c>) or inside
/// another process (tests, the <c>contract</c> CLI, the pipeline). The database is migrated when it starts.
/// </summary>
public static class BrokerApp
{
    /// <summary>Builds the broker with options read from its configuration (see <see cref="BrokerOptions.FromConfiguration"/>).</summary>
    /// <param name="args">Command-line arguments (<c>--urls</c>, <c>--ConnectionStrings:Broker=…</c>, …).</param>
    public static WebApplication Build(string[] args)
    {
        var builder = CreateBuilder(args);
        return Build(builder, BrokerOptions.FromConfiguration(builder.Configuration));
    }

    /// <summary>Builds the broker with the given options; <paramref name="args"/> still configure the host (<c>--urls</c>, logging).</summary>
    /// <exception cref="InvalidOperationException">The options are invalid.</exception>
    public static WebApplication Build(BrokerOptions options, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Build(CreateBuilder(args), options);
    }

    /// <summary>
    /// Builds and starts the broker on <paramref name="url"/> (by default a free port on 127.0.0.1) and returns it
    /// running, with the address it listens on.
    /// </summary>
    /// <param name="options">The broker's options.</param>
    /// <param name="url">Where to listen; port 0 picks a free port.</param>
    /// <param name="cancellationToken">Cancels the start (and the migration).</param>
    public static Task<RunningBroker> StartAsync(BrokerOptions options, string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default) =>
        StartWithServicesAsync(options, url, null, cancellationToken);

    /// <summary>Starts the broker with extra services registered after its own (tests add event listeners this way).</summary>
    internal static async Task<RunningBroker> StartWithServicesAsync(
        BrokerOptions options, string url, Action<IServiceCollection>? configureServices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var app = Build(CreateBuilder(["--urls", url, "--Logging:LogLevel:Default=Warning"]), options, configureServices);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The broker started without an address.");
        return new RunningBroker(app, new Uri(address));
    }

    private static WebApplicationBuilder CreateBuilder(string[] args) =>
        WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(BrokerApp).Assembly.GetName().Name });

    private static WebApplication Build(WebApplicationBuilder builder, BrokerOptions options, Action<IServiceCollection>? configureServices = null)
    {
        builder.Services.AddBroker(options);
        configureServices?.Invoke(builder.Services);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = JsonBody.ReadLimit(options.MaxRequestBodyBytes));
        var app = builder.Build();
        app.UseBrokerErrors();
        app.UseBrokerAuthentication();
        app.MapBrokerEndpoints();
        return app;
    }
}
