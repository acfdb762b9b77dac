using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrderService.Tests.Support;

namespace OrderService.Tests.Orders;

public sealed class OrderEndpointsTests : IAsyncDisposable
{
    private readonly OrderSystem _system = new();

    [Fact]
    public async Task Get_PlacedOrder_Returns200WithWhatWasPlaced()
    {
        int userId = await _system.CreateUserAsync();
        int widget = await _system.AddProductAsync("Widget", 29.99m, stock: 10);
        int gadget = await _system.AddProductAsync("Gadget", 12.50m, stock: 10);
        using HttpResponseMessage placed = await _system.Orders.PostAsJsonAsync(
            "/api/orders",
            new { userId, items = new[] { new { productId = widget, quantity = 3 }, new { productId = gadget, quantity = 2 } } },
            TestContext.Current.CancellationToken);
        string location = placed.Headers.Location!.OriginalString;

        using HttpResponseMessage response = await _system.Orders.GetAsync(location, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonElement order = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal($"/api/orders/{order.GetProperty("id").GetInt32()}", location);
        Assert.Equal(
            $$"""[{"productId":{{widget}},"quantity":3,"unitPrice":29.99},{"productId":{{gadget}},"quantity":2,"unitPrice":12.50}]""",
            order.GetProperty("items").GetRawText());
        Assert.Equal("114.97", order.GetProperty("total").GetRawText());
        Assert.Equal(userId, order.GetProperty("userId").GetInt32());
        Assert.Equal("2024-05-01T10:15:30Z", order.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task Get_UnknownOrder_Returns404ProblemNamingTheId()
    {
        using HttpResponseMessage response = await _system.Orders.GetAsync("/api/orders/4242", TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.NotFound);
        Assert.Equal("Order not found", problem.GetProperty("title").GetString());
        Assert.Contains("4242", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _system.DisposeAsync();
}
