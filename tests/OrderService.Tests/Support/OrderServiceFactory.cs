using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OrderService.Clients;

namespace OrderService.Tests.Support;

/// <summary>
/// OrderService in memory on the given SQLite file, its clock stopped at <paramref name="now"/>, whose
/// <see cref="UserServiceClient"/> talks to <paramref name="userService"/> in memory through a
/// <see cref="FaultInjectingHandler"/>.
/// </summary>
internal sealed class OrderServiceFactory(
    string databaseFile, DateTimeOffset now, UserServiceFactory userService, UserServiceFault fault) : WebApplicationFactory<OrderServiceApp>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Orders", $"Data Source={databaseFile};Pooling=False");
        builder.UseSetting("UserService:BaseUrl", userService.Server.BaseAddress.ToString());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new FixedTimeProvider(now));
            services.AddHttpClient<UserServiceClient>()
                .ConfigurePrimaryHttpMessageHandler(() => new FaultInjectingHandler(fault, userService.Server.CreateHandler()));
        });
    }
}
