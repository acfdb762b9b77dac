using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OrderService.Tests.Support;

namespace OrderService.Tests.Orders;

/// <summary>Requests of the wrong shape, sent through the API. UserService is unreachable here, so a 400 also shows it was never asked.</summary>
public sealed class OrderRequestValidatorTests : IAsyncDisposable
{
    private readonly OrderSystem _system = new(UserServiceFault.UnreachableOnUserCheck);

    [Theory]
    [InlineData("""{"userId": 1, "items": []}""", "items")]
    [InlineData("""{"userId": 1}""", "items")]
    [InlineData("""{"userId": 1, "items": null}""", "items")]
    [InlineData("""{"items": [{"productId": 1, "quantity": 1}]}""", "userId")]
    [InlineData("""{"userId": 0, "items": [{"productId": 1, "quantity": 1}]}""", "userId")]
    [InlineData("""{"userId": 1, "items": [{"productId": 1, "quantity": 0}]}""", "items[0].quantity")]
    [InlineData("""{"userId": 1, "items": [{"productId": 2, "quantity": 1}, {"productId": 1, "quantity": -2}]}""", "items[1].quantity")]
    [InlineData("""{"userId": 1, "items": [{"productId": 1}]}""", "items[0].quantity")]
    [InlineData("""{"userId": 1, "items": [{"productId": 1, "quantity": 1}, {"productId": 1, "quantity": 2}]}""", "items[1].productId")]
    [InlineData("""{"userId": 1, "items": [null]}""", "items[0]")]
    public async Task Place_InvalidRequest_Returns400ValidationProblemForThatField(string body, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await _system.Orders.PostAsync("/api/orders", content, TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([field], Problem.ErrorFields(problem));
        Assert.Equal(10, await _system.StockOfAsync(1));
        Assert.Equal(0, await _system.QueryOrdersAsync(db => db.Orders.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Place_NoBody_Returns400ValidationProblemForBothFields()
    {
        using var content = new StringContent("", Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await _system.Orders.PostAsync("/api/orders", content, TestContext.Current.CancellationToken);

        JsonElement problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(["items", "userId"], Problem.ErrorFields(problem));
    }

    public ValueTask DisposeAsync() => _system.DisposeAsync();
}
