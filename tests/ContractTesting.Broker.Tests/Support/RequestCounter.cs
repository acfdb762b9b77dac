using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ContractTesting.Broker.Tests.Support;

/// <summary>Counts the requests a test broker receives, by path (to see how often a client asked).</summary>
public sealed class RequestCounter : IStartupFilter
{
    private readonly ConcurrentDictionary<string, int> _byPath = new(StringComparer.Ordinal);

    public int this[string path] => _byPath.GetValueOrDefault(path);

    /// <summary>Adds the counter to a broker's services (the <c>services</c> argument of <see cref="TestBroker.StartAsync"/>).</summary>
    public void AddTo(IServiceCollection services) => services.AddSingleton<IStartupFilter>(this);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            _byPath.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, count) => count + 1);
            await following(context);
        });
        next(app);
    };
}
