namespace OrderService.Orders;

/// <summary>The body of <c>POST /api/orders</c>. Fields are nullable so that a missing one is a 400, not a crash.</summary>
public sealed record CreateOrderRequest(int? UserId, IReadOnlyList<OrderItemRequest?>? Items);
