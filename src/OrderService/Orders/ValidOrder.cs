namespace OrderService.Orders;

/// <summary>A <see cref="CreateOrderRequest"/> that passed <see cref="OrderRequestValidator"/>: nothing is missing.</summary>
internal sealed record ValidOrder(int UserId, IReadOnlyList<OrderItemRequest> Items);
