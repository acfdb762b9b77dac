using System.Net;
using ContractTesting.Verification;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using UserService;

namespace Consumer.Pact.Interop;

/// <summary>
/// UserService on Kestrel at 127.0.0.1 (a free port), its database a fresh SQLite file, with the provider-state
/// endpoint that only its test host has (<see cref="ProviderStateEndpoint"/>) and the library's message endpoint
/// (<see cref="ProviderMessageEndpoints"/>) producing UserService's messages (<see cref="UserServiceMessages"/>).
/// </summary>
internal sealed class UserServiceTestHost : WebApplicationFactory<UserServiceApp>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("userservice-interop-").FullName;

    public UserServiceTestHost()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The base address of the running service.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Users", $"Data Source={Path.Combine(_folder, "users.db")}");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ProviderStateEndpoint>();
            services.AddTransient<IStartupFilter, ProviderStateStartupFilter>();
            services.AddProviderMessageEndpoint(UserServiceMessages.For);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }

    private sealed class ProviderStateStartupFilter(ProviderStateEndpoint states) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(states.InterceptAsync);
            next(app);
        };
    }
}
