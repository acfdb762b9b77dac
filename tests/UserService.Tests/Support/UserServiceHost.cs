using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using UserService.Data;
using UserService.Users;

namespace UserService.Tests.Support;

/// <summary>
/// UserService started in memory on a SQLite file of its own in a new temp folder, and a client for it.
/// Disposing it stops the service and deletes the folder.
/// </summary>
internal sealed class UserServiceHost : IAsyncDisposable
{
    /// <summary>What the service's clock says: every createdAt is this instant.</summary>
    public static readonly DateTimeOffset Now = new(2024, 5, 1, 10, 15, 30, TimeSpan.Zero);

    private readonly TempFolder? _ownFolder;
    private readonly UserServiceFactory _factory;

    public UserServiceHost()
        : this(new TempFolder())
    {
    }

    /// <summary>A host on a database file that outlives it (the caller deletes it).</summary>
    public UserServiceHost(string databaseFile)
    {
        _factory = new UserServiceFactory(databaseFile, Now);
        Client = _factory.CreateClient();
    }

    private UserServiceHost(TempFolder folder)
        : this(folder.File("users.db"))
    {
        _ownFolder = folder;
    }

    public HttpClient Client { get; }

    public async Task<UserResponse> CreateUserAsync(string name, string email)
    {
        using HttpResponseMessage response = await Client.PostAsJsonAsync(
            "/api/users", new CreateUserRequest(name, email), TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<UserResponse>(TestContext.Current.CancellationToken))!;
    }

    /// <summary>Runs a query on the service's own database.</summary>
    public async Task<T> QueryAsync<T>(Func<UsersDbContext, Task<T>> query)
    {
        await using AsyncServiceScope scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<UsersDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        _ownFolder?.Dispose();
    }
}
