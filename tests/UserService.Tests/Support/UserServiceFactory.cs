using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace UserService.Tests.Support;

/// <summary>UserService in memory on the given SQLite file, with its clock stopped at <paramref name="now"/>.</summary>
internal sealed class UserServiceFactory(string databaseFile, DateTimeOffset now) : WebApplicationFactory<UserServiceApp>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // No pooling, so that no connection keeps the file open once the host is gone and the folder can be deleted.
        builder.UseSetting("ConnectionStrings:Users", $"Data Source={databaseFile};Pooling=False");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(now)));
    }
}
