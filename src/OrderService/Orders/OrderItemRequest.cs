namespace OrderService.Orders;

/// <summary>One line of a new order. Each product may appear once per order; the quantity is at least 1.</summary>
public sealed record OrderItemRequest(int ProductId, int Quantity);
