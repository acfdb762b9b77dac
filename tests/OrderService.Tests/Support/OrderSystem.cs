using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrderService.Data;

namespace OrderService.Tests.Support;

/// <summary>
/// OrderService and UserService, both in memory, each on its own SQLite file in a new temp folder, with clients
/// for both. Disposing it stops both services and deletes the folder.
/// </summary>
internal sealed class OrderSystem : IAsyncDisposable
{
    /// <summary>What both services' clocks say: every createdAt is this instant.</summary>
    public static readonly DateTimeOffset Now = new(2024, 5, 1, 10, 15, 30, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private readonly UserServiceFactory _userService;
    private readonly OrderServiceFactory _orderService;

    public OrderSystem(UserServiceFault fault = UserServiceFault.None)
    {
        _userService = new UserServiceFactory(_folder.File("users.db"), Now);
        Users = _userService.CreateClient();
        _orderService = new OrderServiceFactory(_folder.File("orders.db"), Now, _userService, fault);
        Orders = _orderService.CreateClient();
    }

    /// <summary>A client for UserService (not through the fault).</summary>
    public HttpClient Users { get; }

    /// <summary>A client for OrderService.</summary>
    public HttpClient Orders { get; }

    public async Task<int> CreateUserAsync(string name = "Ada", string email = "ada@example.com")
    {
        using HttpResponseMessage response = await Users.PostAsJsonAsync(
            "/api/users", new { name, email }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        JsonElement user = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return user.GetProperty("id").GetInt32();
    }

    /// <summary>Adds a product straight to OrderService's database and returns its id.</summary>
    public async Task<int> AddProductAsync(string name, decimal price, int stock)
    {
        var product = new Product { Name = name, Price = price, Stock = stock };
        await QueryOrdersAsync(db =>
        {
            db.Products.Add(product);
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return product.Id;
    }

    /// <summary>The stock of a product, as <c>GET /api/products/{id}</c> tells it.</summary>
    public async Task<int> StockOfAsync(int productId)
    {
        JsonElement product = await Orders.GetFromJsonAsync<JsonElement>($"/api/products/{productId}", TestContext.Current.CancellationToken);
        return product.GetProperty("stock").GetInt32();
    }

    /// <summary>A user's notifications, as UserService's <c>GET /api/users/{id}/notifications</c> tells them.</summary>
    public async Task<JsonElement[]> NotificationsOfAsync(int userId)
    {
        JsonElement list = await Users.GetFromJsonAsync<JsonElement>($"/api/users/{userId}/notifications", TestContext.Current.CancellationToken);
        return [.. list.EnumerateArray()];
    }

    /// <summary>Runs a query on OrderService's own database.</summary>
    public async Task<T> QueryOrdersAsync<T>(Func<OrdersDbContext, Task<T>> query)
    {
        await using AsyncServiceScope scope = _orderService.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OrdersDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Orders.Dispose();
        Users.Dispose();
        await _orderService.DisposeAsync();
        await _userService.DisposeAsync();
        _folder.Dispose();
    }
}
