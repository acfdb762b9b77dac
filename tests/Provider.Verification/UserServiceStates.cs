using ContractTesting.Verification;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UserService.Data;

namespace Provider.Verification;

/// <summary>
/// UserService's provider states: each creates in the service's real database what the state describes. The same
/// registry serves the in-process verifier and the state-change endpoint the reference verifier calls.
/// </summary>
internal static class UserServiceStates
{
    public static ProviderStates For(IServiceProvider services) => new ProviderStates()
        .Add<UserState>("a user with ID 1 exists", (user, ct) => WithDatabaseAsync(services, async db =>
        {
            if (!await db.Users.AnyAsync(u => u.Id == user.Id, ct))
            {
                db.Users.Add(new User
                {
                    Id = user.Id,
                    Name = "Ada Lovelace",
                    Email = $"user{user.Id}@example.com",
                    CreatedAt = new DateTimeOffset(2024, 5, 1, 10, 15, 30, TimeSpan.Zero),
                });
                await db.SaveChangesAsync(ct);
            }
        }))
        .Add<UserState>("no user with ID 999 exists", (user, ct) =>
            WithDatabaseAsync(services, db => db.Users.Where(u => u.Id == user.Id).ExecuteDeleteAsync(ct)))
        .Add(
            "the user database is unavailable",
            ct => WithDatabaseAsync(services, db => db.Database.ExecuteSqlRawAsync("ALTER TABLE Users RENAME TO Users_offline", ct)),
            ct => WithDatabaseAsync(services, db => db.Database.ExecuteSqlRawAsync("ALTER TABLE Users_offline RENAME TO Users", ct)));

    private static async Task WithDatabaseAsync(IServiceProvider services, Func<UsersDbContext, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<UsersDbContext>());
    }

    /// <summary>The parameters of the user states: <c>{"id": 1}</c>.</summary>
    internal sealed record UserState(int Id);
}
