using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OrderService.Data;

namespace OrderService.Orders;

/// <summary><c>/api/orders</c>: place an order (see <see cref="OrderPlacement"/>) and read one back.</summary>
internal static class OrderEndpoints
{
    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder orders = app.MapGroup("/api/orders");
        orders.MapPost("", (CreateOrderRequest? request, OrderPlacement placement, CancellationToken cancellationToken) =>
            placement.PlaceAsync(request, cancellationToken));
        orders.MapGet("/{id:int}", GetAsync);
        return app;
    }

    private static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> GetAsync(
        int id, OrdersDbContext db, CancellationToken cancellationToken)
    {
        Order? order = await db.Orders.AsNoTracking()
            .Include(o => o.Items)
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        return order is null ? Problems.OrderNotFound(id) : TypedResults.Ok(OrderResponse.From(order));
    }
}
