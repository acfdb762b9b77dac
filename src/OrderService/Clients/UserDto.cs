namespace OrderService.Clients;

/// <summary>A user as UserService returns it from <c>GET /api/users/{id}</c>.</summary>
public sealed record UserDto(int Id, string Name, string Email, DateTimeOffset CreatedAt);
