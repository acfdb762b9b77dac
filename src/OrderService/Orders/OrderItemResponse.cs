namespace OrderService.Orders;

/// <summary>One line of an order, with the unit price that was charged.</summary>
public sealed record OrderItemResponse(int ProductId, int Quantity, decimal UnitPrice);
