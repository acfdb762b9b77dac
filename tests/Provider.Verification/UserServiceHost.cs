using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using UserService;

namespace Provider.Verification;

/// <summary>
/// UserService self-hosted for verification: its database a fresh SQLite file of its own, in memory by default or on
/// Kestrel at 127.0.0.1 (a free port) with <see cref="Listening"/>. <paramref name="configure"/> changes the test
/// host's services (the state-change endpoint, or a deliberate break).
/// </summary>
internal sealed class UserServiceHost(Action<IServiceCollection>? configure = null) : WebApplicationFactory<UserServiceApp>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("userservice-verification-").FullName;

    /// <summary>The SQLite file the service uses.</summary>
    public string DatabaseFile => Path.Combine(_folder, "users.db");

    /// <summary>The same service on Kestrel at 127.0.0.1, a free port; call before the host starts.</summary>
    public static UserServiceHost Listening(Action<IServiceCollection>? configure = null)
    {
        var host = new UserServiceHost(configure);
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // No pooling, so that no connection keeps the file open once the host is gone and the folder can be deleted.
        builder.UseSetting("ConnectionStrings:Users", $"Data Source={DatabaseFile};Pooling=False");
        if (configure is not null)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
