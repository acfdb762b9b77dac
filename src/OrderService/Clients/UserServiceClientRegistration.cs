namespace OrderService.Clients;

/// <summary>Registers <see cref="UserServiceClient"/> as a typed client whose base address is <c>UserService:BaseUrl</c>.</summary>
internal static class UserServiceClientRegistration
{
    public const string BaseUrlKey = "UserService:BaseUrl";

    public static IHttpClientBuilder AddUserServiceClient(this IServiceCollection services) =>
        services.AddHttpClient<UserServiceClient>((provider, client) =>
            client.BaseAddress = BaseAddress(provider.GetRequiredService<IConfiguration>()[BaseUrlKey]));

    // The client's paths are relative, so the base needs a trailing slash or its last segment would be dropped.
    private static Uri BaseAddress(string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl)
            ? throw new InvalidOperationException($"{BaseUrlKey} is not set.")
            : new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute);
}
