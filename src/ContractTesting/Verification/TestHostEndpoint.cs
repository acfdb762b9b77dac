using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ContractTesting.Verification;

/// <summary>
/// The plumbing the ready-made test-host endpoints (<see cref="ProviderStateEndpoints"/>, <see cref="ProviderMessageEndpoints"/>)
/// share: answering <c>POST</c> at a path as middleware, and putting middleware in front of an application's own
/// pipeline through an <see cref="IStartupFilter"/>, so it works with <c>ConfigureTestServices</c>.
/// </summary>
internal static class TestHostEndpoint
{
    /// <summary>Runs <paramref name="use"/> on the application's pipeline before anything the application adds.</summary>
    public static IServiceCollection AddInFront(IServiceCollection services, Action<IApplicationBuilder> use) =>
        services.AddTransient<IStartupFilter>(_ => new StartupFilter(use));

    /// <summary>Answers <c>POST</c> to <paramref name="paths"/> with <paramref name="handle"/>; everything else goes on.</summary>
    public static IApplicationBuilder UsePost(IApplicationBuilder app, IReadOnlyList<PathString> paths, RequestDelegate handle) =>
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && paths.Contains(context.Request.Path))
            {
                await handle(context).ConfigureAwait(false);
                return;
            }

            await next(context).ConfigureAwait(false);
        });

    private sealed class StartupFilter(Action<IApplicationBuilder> use) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            use(app);
            next(app);
        };
    }
}
