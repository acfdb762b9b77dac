using System.Text;
using Microsoft.EntityFrameworkCore;
using OrderService.Data;
using OrderService.Tests.Support;
using OrderService.Users;

namespace OrderService.Tests.Users;

public sealed class UserCreatedHandlerTests : IDisposable
{
    private const string Event = """{"userId":7,"name":"Ada","email":"ada@example.com","createdAt":"2024-05-01T10:15:30Z"}""";
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task HandleAsync_UserCreatedEvent_RecordsTheUser()
    {
        await using (var db = await OpenAsync())
        {
            await new UserCreatedHandler(db).HandleAsync(Encoding.UTF8.GetBytes(Event), TestContext.Current.CancellationToken);
        }

        await using var check = await OpenAsync();
        var user = await check.KnownUsers.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((7, "Ada", "ada@example.com"), (user.Id, user.Name, user.Email));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 15, 30, TimeSpan.Zero), user.CreatedAt);
    }

    [Fact]
    public async Task HandleAsync_SameEventTwice_RecordsTheUserOnce()
    {
        await using var db = await OpenAsync();
        var handler = new UserCreatedHandler(db);

        await handler.HandleAsync(Encoding.UTF8.GetBytes(Event), TestContext.Current.CancellationToken);
        await handler.HandleAsync(Encoding.UTF8.GetBytes(Event), TestContext.Current.CancellationToken);

        Assert.Equal(1, await db.KnownUsers.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"userId":0,"name":"Ada","email":"ada@example.com"}""")]
    [InlineData("""{"userId":7,"email":"ada@example.com"}""")]
    public async Task HandleAsync_InvalidEvent_ThrowsAndRecordsNothing(string payload)
    {
        await using var db = await OpenAsync();

        await Assert.ThrowsAsync<InvalidEventException>(() => new UserCreatedHandler(db).HandleAsync(Encoding.UTF8.GetBytes(payload), TestContext.Current.CancellationToken));

        Assert.Equal(0, await db.KnownUsers.CountAsync(TestContext.Current.CancellationToken));
    }

    public void Dispose() => _folder.Dispose();

    private async Task<OrdersDbContext> OpenAsync()
    {
        var options = new DbContextOptionsBuilder<OrdersDbContext>().UseSqlite($"Data Source={_folder.File("orders.db")};Pooling=False").Options;
        var db = new OrdersDbContext(options);
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        return db;
    }
}
