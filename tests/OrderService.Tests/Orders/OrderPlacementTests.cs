using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrderService.Tests.Support;

namespace OrderService.Tests.Orders;

public sealed class OrderPlacementTests : IAsyncDisposable
{
    private readonly OrderSystem _system = new();

    [Fact]
    public async Task Place_ValidOrder_Returns201WithOrderAndLocation()
    {
        int userId = await _system.CreateUserAsync();
        int widget = await _system.AddProductAsync("Widget", 29.99m, stock: 10);

        using HttpResponseMessage response = await PlaceAsync(new { userId, items = new[] { new { productId = widget, quantity = 3 } } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        JsonElement order = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        int id = order.GetProperty("id").GetInt32();
        Assert.Equal($"/api/orders/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(userId, order.GetProperty("userId").GetInt32());
        JsonElement item = Assert.Single(order.GetProperty("items").EnumerateArray());
        Assert.Equal(widget, item.GetProperty("productId").GetInt32());
        Assert.Equal(3, item.GetProperty("quantity").GetInt32());
        Assert.Equal(29.99m, item.GetProperty("unitPrice").GetDecimal());
        Assert.Equal("2024-05-01T10:15:30Z", order.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task Place_ThreeAt29Point99_TotalIsExactly89Point97()
    {
        int userId = await _system.CreateUserAsync();
        int widget = await _system.AddProductAsync("Widget", 29.99m, stock: 10);

        using HttpResponseMessage response = await PlaceAsync(new { userId, items = new[] { new { productId = widget, quantity = 3 } } });

        JsonElement order = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("89.97", order.GetProperty("total").GetRawText());
        int id = order.GetProperty("id").GetInt32();
        decimal stored = await _system.QueryOrdersAsync(db => db.Orders.Where(o => o.Id == id).Select(o => o.Total).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(89.97m, stored);
    }

    [Fact]
    public async Task Place_PricesThatBinaryFloatingPointCannotHold_TotalIsExact()
    {
        int userId = await _system.CreateUserAsync();
        int widget = await _system.AddProductAsync("Widget", 29.99m, stock: 10);
        int washer = await _system.AddProductAsync("Washer", 0.10m, stock: 10);

        using HttpResponseMessage response = await PlaceAsync(new
        {
            userId,
            items = new[] { new { productId = widget, quantity = 3 }, new { productId = washer, quantity = 3 } },
        });

        // As doubles, 29.99 * 3 + 0.1 * 3 is 90.27000000000001.
        JsonElement order = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("90.27", order.GetProperty("total").GetRawText());
    }

    [Fact]
    public async Task Place_ValidOrder_DecrementsStockOfEachProduct()
    {
        int userId = await _system.CreateUserAsync();
        int widget = await _system.AddProductAsync("Widget", 29.99m, stock: 10);
        int gadget = await _system.AddProductAsync("Gadget", 12.50m, stock: 5);
        int untouched = await _system.AddProductAsync("Gizmo", 4.75m, stock: 8);

        using HttpResponseMessage response = await PlaceAsync(new
        {
            userId,
            items = new[] { new { productId = widget, quantity = 3 }, new { productId = gadget, quantity = 5 } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(7, await _system.StockOfAsync(widget));
        Assert.Equal(0, await _system.StockOfAsync(gadget));
        Assert.Equal(8, await _system.StockOfAsync(untouched));
    }

    [Fact]
    public async Task Place_ValidOrder_SendsOrderConfirmationToUserService()
    {
        int userId = await _system.CreateUserAsync();
        int otherUserId = await _system.CreateUserAsync("Grace", "grace@example.com");
        int widget = await _system.AddProductAsync("Widget", 29.99m, stock: 10);

        using HttpResponseMessage response = await PlaceAsync(new { userId, items = new[] { new { productId = widget, quantity = 1 } } });

        JsonElement order = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        JsonElement notification = Assert.Single(await _system.NotificationsOfAsync(userId));
        Assert.Equal("order_confirmation", notification.GetProperty("type").GetString());
        Assert.Equal(order.GetProperty("id").GetInt32(), notification.GetProperty("orderId").GetInt32());
        Assert.Empty(await _system.NotificationsOfAsync(otherUserId));
    }

    [Fact]
    public async Task Place_MoreThanInStock_Returns400InsufficientStockAndKeepsStock()
    {
        int userId = await _system.CreateUserAsync();
        int widget = await _system.AddProductAsync("Widget", 29.99m, stock: 2);

        using HttpResponseMessage response = await PlaceAsync(new { userId, items = new[] { new { productId = widget, quantity = 3 } } });

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Insufficient stock", problem.GetProperty("title").GetString());
        Assert.Contains("3 requested, 2 in stock", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, await _system.StockOfAsync(widget));
        await AssertNothingPlacedAsync(userId);
    }

    [Fact]
    public async Task Place_LaterLineShort_PutsBackStockOfEarlierLines()
    {
        int userId = await _system.CreateUserAsync();
        int widget = await _system.AddProductAsync("Widget", 29.99m, stock: 10);
        int gadget = await _system.AddProductAsync("Gadget", 12.50m, stock: 1);

        using HttpResponseMessage response = await PlaceAsync(new
        {
            userId,
            items = new[] { new { productId = widget, quantity = 3 }, new { productId = gadget, quantity = 2 } },
        });

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Insufficient stock", problem.GetProperty("title").GetString());
        Assert.Equal(10, await _system.StockOfAsync(widget));
        Assert.Equal(1, await _system.StockOfAsync(gadget));
        await AssertNothingPlacedAsync(userId);
    }

    [Fact]
    public async Task Place_UnknownUser_Returns400UnknownUserAndKeepsStock()
    {
        int widget = await _system.AddProductAsync("Widget", 29.99m, stock: 10);

        using HttpResponseMessage response = await PlaceAsync(new { userId = 4242, items = new[] { new { productId = widget, quantity = 1 } } });

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Unknown user", problem.GetProperty("title").GetString());
        Assert.Contains("4242", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(10, await _system.StockOfAsync(widget));
        Assert.Equal(0, await _system.QueryOrdersAsync(db => db.Orders.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Place_UnknownProduct_Returns400UnknownProductNamingIt()
    {
        int userId = await _system.CreateUserAsync();
        int widget = await _system.AddProductAsync("Widget", 29.99m, stock: 10);

        using HttpResponseMessage response = await PlaceAsync(new
        {
            userId,
            items = new[] { new { productId = widget, quantity = 1 }, new { productId = 4242, quantity = 1 } },
        });

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Unknown product", problem.GetProperty("title").GetString());
        Assert.Contains("4242", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(10, await _system.StockOfAsync(widget));
        await AssertNothingPlacedAsync(userId);
    }

    public ValueTask DisposeAsync() => _system.DisposeAsync();

    private Task<HttpResponseMessage> PlaceAsync(object order) =>
        _system.Orders.PostAsJsonAsync("/api/orders", order, TestContext.Current.CancellationToken);

    private async Task AssertNothingPlacedAsync(int userId)
    {
        Assert.Equal(0, await _system.QueryOrdersAsync(db => db.Orders.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Empty(await _system.NotificationsOfAsync(userId));
    }
}
