namespace UserService.Data;

/// <summary>A user row. <see cref="Email"/> compares case-insensitively (NOCASE) and is unique.</summary>
public sealed class User
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Email { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
