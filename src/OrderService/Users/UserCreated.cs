namespace OrderService.Users;

/// <summary>UserService's <c>UserCreated</c> event, as OrderService reads it.</summary>
public sealed record UserCreated(int UserId, string? Name, string? Email, DateTimeOffset CreatedAt);
