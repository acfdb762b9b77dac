using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContractTesting.Verification;

/// <summary>
/// The ready-made state-change endpoint for a provider's test host, so that the reference <c>pact verifier</c>
/// (<c>--state-change-url http://…/_pact/provider-states</c>) drives the same handlers as the in-process verifier.
/// Add it in tests only:
/// <code>
/// factory.WithWebHostBuilder(web =&gt; web.ConfigureTestServices(services =&gt; services.AddProviderStateEndpoint(states)));
/// </code>
/// </summary>
public static class ProviderStateEndpoints
{
    /// <summary>The path the endpoint listens on unless told otherwise.</summary>
    public const string DefaultPath = "/_pact/provider-states";

    /// <summary>
    /// Puts the endpoint in front of the application's own pipeline (through an <see cref="IStartupFilter"/>), so it
    /// works with <c>ConfigureTestServices</c> and needs no change to the application.
    /// </summary>
    public static IServiceCollection AddProviderStateEndpoint(this IServiceCollection services, ProviderStates states, string path = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(states);
        return services.AddProviderStateEndpoint(_ => states, path);
    }

    /// <summary>
    /// Puts the endpoint in front of the application's own pipeline, with handlers made from the application's own
    /// services when it starts (so they can reach its database): <c>services.AddProviderStateEndpoint(app =&gt; MyStates.For(app))</c>.
    /// </summary>
    public static IServiceCollection AddProviderStateEndpoint(this IServiceCollection services, Func<IServiceProvider, ProviderStates> states, string path = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(states);
        var pathString = PathOf(path);
        return TestHostEndpoint.AddInFront(services, app => app.UseProviderStateEndpoint(states(app.ApplicationServices), pathString.Value!));
    }

    /// <summary>Adds the endpoint as middleware at this point of the pipeline.</summary>
    public static IApplicationBuilder UseProviderStateEndpoint(this IApplicationBuilder app, ProviderStates states, string path = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(states);
        var pathString = PathOf(path);
        return TestHostEndpoint.UsePost(app, [pathString], new ProviderStateEndpoint(states).HandleAsync);
    }

    /// <summary>Maps the endpoint as a routed <c>POST</c> endpoint.</summary>
    public static IEndpointConventionBuilder MapProviderStateEndpoint(this IEndpointRouteBuilder endpoints, ProviderStates states, string pattern = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(states);
        var endpoint = new ProviderStateEndpoint(states);
        return endpoints.MapPost(pattern, endpoint.HandleAsync);
    }

    private static PathString PathOf(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return path.StartsWith('/') ? new PathString(path) : throw new ArgumentException($"The state-change path must start with '/', not '{path}'.", nameof(path));
    }
}
