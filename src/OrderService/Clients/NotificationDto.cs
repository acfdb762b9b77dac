namespace OrderService.Clients;

/// <summary>A notification as UserService returns it once created.</summary>
public sealed record NotificationDto(int Id, string Type, int OrderId, DateTimeOffset CreatedAt);
