namespace OrderService.Clients;

/// <summary>The body of <c>POST /api/users/{id}/notifications</c>, e.g. <c>{"type": "order_confirmation", "orderId": 7}</c>.</summary>
public sealed record NotificationRequest(string Type, int OrderId);
