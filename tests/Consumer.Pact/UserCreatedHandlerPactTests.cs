using ContractTesting;
using ContractTesting.Consumer;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OrderService.Data;
using OrderService.Users;

namespace Consumer.Pact;

/// <summary>
/// OrderService's <see cref="UserCreatedHandler"/> on the UserCreated event UserService publishes, with OrderService's
/// real database (a SQLite file of this test's own). The message goes into the same V4 pact as the HTTP interactions.
/// </summary>
public sealed class UserCreatedHandlerPactTests : IDisposable
{
    private readonly IContractBuilder _pact = Contract.Between(UserServicePact.Consumer, UserServicePact.Provider, UserServicePact.Options);
    private readonly string _folder = Directory.CreateTempSubdirectory("orderservice-pact-").FullName;

    [Fact]
    public async Task HandleAsync_UserCreatedEvent_RecordsTheUserAsKnown()
    {
        await using var db = await OpenDatabaseAsync();
        var handler = new UserCreatedHandler(db);

        await _pact.ExpectsToReceive("a UserCreated event for user 1")
            .Given("a user with ID 1 exists", new { id = 1 })
            .WithTestName(UserServicePact.CurrentTest)
            .WithMetadata("type", "UserCreated")
            .WithJsonContent(new
            {
                userId = Match.WholeNumber(1),
                name = Match.Type("Ada Lovelace"),
                email = Match.Regex("ada@example.com", UserServicePact.EmailPattern),
                createdAt = Match.DateTime("2024-05-01T10:15:30Z", UserServicePact.IsoInstant),
            })
            .VerifyAsync(message => handler.HandleAsync(message.Contents.Content, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);

        var known = await db.KnownUsers.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal((1, "Ada Lovelace", "ada@example.com"), (known.Id, known.Name, known.Email));
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 15, 30, TimeSpan.Zero), known.CreatedAt);
    }

    public void Dispose()
    {
        _pact.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<OrdersDbContext> OpenDatabaseAsync()
    {
        var options = new DbContextOptionsBuilder<OrdersDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "orders.db")};Pooling=False").Options;
        var db = new OrdersDbContext(options);
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        return db;
    }
}
