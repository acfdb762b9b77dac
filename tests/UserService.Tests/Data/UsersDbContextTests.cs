using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using UserService.Data;
using UserService.Tests.Support;

namespace UserService.Tests.Data;

public sealed class UsersDbContextTests
{
    [Fact]
    public async Task SaveChanges_EmailDifferingOnlyInCase_IsRejectedByUniqueIndex()
    {
        await using var host = new UserServiceHost();
        await host.CreateUserAsync("Ada", "ada@example.com");

        Task Insert() => host.QueryAsync(db =>
        {
            db.Users.Add(new User { Name = "Ada Again", Email = "Ada@Example.com", CreatedAt = UserServiceHost.Now });
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        await Assert.ThrowsAsync<DbUpdateException>(Insert);
    }

    [Fact]
    public async Task DeleteUser_WithNotifications_DeletesTheirNotifications()
    {
        await using var host = new UserServiceHost();
        int userId = (await host.CreateUserAsync("Ada", "ada@example.com")).Id;
        int otherUserId = (await host.CreateUserAsync("Grace", "grace@example.com")).Id;
        foreach (int id in new[] { userId, otherUserId })
        {
            using HttpResponseMessage created = await host.Client.PostAsJsonAsync(
                $"/api/users/{id}/notifications", new { type = "order_confirmation", orderId = 1 }, TestContext.Current.CancellationToken);
            created.EnsureSuccessStatusCode();
        }

        using HttpResponseMessage response = await host.Client.DeleteAsync($"/api/users/{userId}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        int[] owners = await host.QueryAsync(db => db.Notifications.Select(n => n.UserId).ToArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal([otherUserId], owners);
    }

    [Fact]
    public async Task NewHost_SameDatabaseFile_SeesUsersOfTheLastOne()
    {
        using var folder = new TempFolder();
        string file = folder.File("users.db");
        int id;
        await using (var first = new UserServiceHost(file))
        {
            id = (await first.CreateUserAsync("Ada", "ada@example.com")).Id;
        }

        await using var second = new UserServiceHost(file);
        using HttpResponseMessage response = await second.Client.GetAsync($"/api/users/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(file));
    }
}
