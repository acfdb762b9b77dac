using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrderService.Tests.Support;

namespace OrderService.Tests.Orders;

/// <summary>Placing an order while UserService fails, at the user check or at the confirmation.</summary>
public sealed class OrderPlacementFailureTests
{
    [Theory]
    [InlineData(UserServiceFault.ServerErrorOnUserCheck, HttpStatusCode.BadGateway)]
    [InlineData(UserServiceFault.ServerErrorOnNotification, HttpStatusCode.BadGateway)]
    [InlineData(UserServiceFault.UnreachableOnUserCheck, HttpStatusCode.ServiceUnavailable)]
    [InlineData(UserServiceFault.UnreachableOnNotification, HttpStatusCode.ServiceUnavailable)]
    public async Task Place_UserServiceFails_ReturnsGatewayProblemAndChangesNothing(UserServiceFault fault, HttpStatusCode expected)
    {
        await using var system = new OrderSystem(fault);
        int userId = await system.CreateUserAsync();
        int widget = await system.AddProductAsync("Widget", 29.99m, stock: 10);

        using HttpResponseMessage response = await system.Orders.PostAsJsonAsync(
            "/api/orders", new { userId, items = new[] { new { productId = widget, quantity = 3 } } }, TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, expected);
        Assert.StartsWith("UserService", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(10, await system.StockOfAsync(widget));
        Assert.Equal(0, await system.QueryOrdersAsync(db => db.Orders.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Empty(await system.NotificationsOfAsync(userId));
    }

    [Fact]
    public async Task Place_ConfirmationFails_RollsBackOrderItemsToo()
    {
        await using var system = new OrderSystem(UserServiceFault.ServerErrorOnNotification);
        int userId = await system.CreateUserAsync();
        int widget = await system.AddProductAsync("Widget", 29.99m, stock: 10);

        using HttpResponseMessage response = await system.Orders.PostAsJsonAsync(
            "/api/orders", new { userId, items = new[] { new { productId = widget, quantity = 3 } } }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        int lines = await system.QueryOrdersAsync(db => db.Orders.SelectMany(o => o.Items).CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, lines);
        using HttpResponseMessage order = await system.Orders.GetAsync("/api/orders/1", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, order.StatusCode);
    }
}
