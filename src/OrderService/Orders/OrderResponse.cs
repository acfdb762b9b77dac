using OrderService.Data;

namespace OrderService.Orders;

/// <summary>An order as the API shows it; <see cref="CreatedAt"/> is UTC and serializes with a <c>Z</c>.</summary>
public sealed record OrderResponse(int Id, int UserId, IReadOnlyList<OrderItemResponse> Items, decimal Total, DateTime CreatedAt)
{
    internal static OrderResponse From(Order order) =>
        new(
            order.Id,
            order.UserId,
            [.. order.Items.OrderBy(i => i.Id).Select(i => new OrderItemResponse(i.ProductId, i.Quantity, i.UnitPrice))],
            order.Total,
            order.CreatedAt.UtcDateTime);
}
