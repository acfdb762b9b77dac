using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ContractTesting.Verification;

/// <summary>
/// The ready-made message endpoint for a provider's test host, so that the reference <c>pact verifier</c> verifies
/// message interactions with the same factories as the in-process verifier. Give the reference verifier the endpoint
/// as its message transport (<c>--transports http:PORT message:PORT/_pact/messages</c>); it sets the provider states
/// through the state-change URL first, then posts <c>{"description", "providerStates"}</c> here. The factories see the
/// states' parameters (not values a state setup returned, which the reference verifier does not pass on). Tests only:
/// <code>
/// factory.WithWebHostBuilder(web =&gt; web.ConfigureTestServices(services =&gt; services.AddProviderMessageEndpoint(messages)));
/// </code>
/// </summary>
public static class ProviderMessageEndpoints
{
    /// <summary>The path the endpoint listens on unless told otherwise.</summary>
    public const string DefaultPath = "/_pact/messages";

    /// <summary>Puts the endpoint in front of the application's own pipeline (through an <see cref="IStartupFilter"/>).</summary>
    public static IServiceCollection AddProviderMessageEndpoint(this IServiceCollection services, ProviderMessages messages, string path = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return services.AddProviderMessageEndpoint(_ => messages, path);
    }

    /// <summary>
    /// Puts the endpoint in front of the application's own pipeline, with factories made from the application's own
    /// services when it starts (so they can reach its code and database): <c>services.AddProviderMessageEndpoint(app =&gt; MyMessages.For(app))</c>.
    /// </summary>
    public static IServiceCollection AddProviderMessageEndpoint(this IServiceCollection services, Func<IServiceProvider, ProviderMessages> messages, string path = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(messages);
        var pathString = PathOf(path);
        return TestHostEndpoint.AddInFront(services, app => app.UseProviderMessageEndpoint(messages(app.ApplicationServices), pathString.Value!));
    }

    /// <summary>Adds the endpoint as middleware at this point of the pipeline; it answers <c>POST</c> to the path (with or without a trailing slash).</summary>
    public static IApplicationBuilder UseProviderMessageEndpoint(this IApplicationBuilder app, ProviderMessages messages, string path = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(messages);
        var pathString = PathOf(path);
        return TestHostEndpoint.UsePost(app, [pathString, pathString.Add(new PathString("/"))], new ProviderMessageEndpoint(messages).HandleAsync);
    }

    /// <summary>Maps the endpoint as a routed <c>POST</c> endpoint.</summary>
    public static IEndpointConventionBuilder MapProviderMessageEndpoint(this IEndpointRouteBuilder endpoints, ProviderMessages messages, string pattern = DefaultPath)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(messages);
        return endpoints.MapPost(pattern, new ProviderMessageEndpoint(messages).HandleAsync);
    }

    private static PathString PathOf(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return path.StartsWith('/') && !path.EndsWith('/')
            ? new PathString(path)
            : throw new ArgumentException($"The message endpoint's path must start with '/' and not end with one, not '{path}'.", nameof(path));
    }
}
