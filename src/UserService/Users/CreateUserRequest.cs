namespace UserService.Users;

/// <summary>The body of <c>POST /api/users</c>. Both fields are required; they are nullable so a missing one is a 400, not a crash.</summary>
public sealed record CreateUserRequest(string? Name, string? Email);
