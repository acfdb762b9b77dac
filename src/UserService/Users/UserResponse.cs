using UserService.Data;

namespace UserService.Users;

/// <summary>A user as the API shows it; <see cref="CreatedAt"/> is UTC and serializes with a <c>Z</c>.</summary>
public sealed record UserResponse(int Id, string Name, string Email, DateTime CreatedAt)
{
    internal static UserResponse From(User user) => new(user.Id, user.Name, user.Email, user.CreatedAt.UtcDateTime);
}
