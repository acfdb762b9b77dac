namespace UserService.Events;

/// <summary>The event published when a user is created; <see cref="CreatedAt"/> is UTC and serializes with a <c>Z</c>.</summary>
public sealed record UserCreated(int UserId, string Name, string Email, DateTime CreatedAt);
